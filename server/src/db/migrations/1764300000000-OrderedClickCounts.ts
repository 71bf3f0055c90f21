import type { MigrationInterface, QueryRunner } from 'typeorm';

const fn = (orderBy: string) => `
  CREATE OR REPLACE FUNCTION link_click_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO link_click_counts (link_id, clicks)
      SELECT link_id, count(*) FROM new_clicks GROUP BY link_id ${orderBy}
    ON CONFLICT (link_id) DO UPDATE SET clicks = link_click_counts.clicks + EXCLUDED.clicks;
    RETURN NULL;
  END $$`;

/**
 * Two writers (replicas) upserting the counters of the same links in different orders can deadlock;
 * taking the rows in link_id order makes the second one wait instead.
 */
export class OrderedClickCounts1764300000000 implements MigrationInterface {
  name = 'OrderedClickCounts1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(fn('ORDER BY link_id'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(fn(''));
  }
}
