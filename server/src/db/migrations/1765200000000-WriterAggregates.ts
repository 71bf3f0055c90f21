import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRIGGERS = [
  ['clicks_count_after_insert', 'link_click_counts_after_insert'],
  ['clicks_aggregates_after_insert', 'link_click_aggregates_after_insert'],
] as const;

/**
 * The click writer computes a batch's aggregates in memory and upserts them itself (clicks/
 * click-aggregates.ts), which costs far less than the triggers re-reading the batch from a transition
 * table and grouping it in SQL. It says so with a transaction-local setting; the triggers stay for
 * every other insert path (SQL, imports), so those stay exact too.
 */
export class WriterAggregates1765200000000 implements MigrationInterface {
  name = 'WriterAggregates1765200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [trigger, fn] of TRIGGERS) {
      await q.query(`DROP TRIGGER ${trigger} ON clicks`);
      await q.query(`
        CREATE TRIGGER ${trigger} AFTER INSERT ON clicks
          REFERENCING NEW TABLE AS new_clicks FOR EACH STATEMENT
          WHEN (current_setting('smart_links.aggregated_by_writer', true) IS DISTINCT FROM 'on')
          EXECUTE FUNCTION ${fn}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, fn] of TRIGGERS) {
      await q.query(`DROP TRIGGER ${trigger} ON clicks`);
      await q.query(`
        CREATE TRIGGER ${trigger} AFTER INSERT ON clicks
          REFERENCING NEW TABLE AS new_clicks FOR EACH STATEMENT
          EXECUTE FUNCTION ${fn}()`);
    }
  }
}
