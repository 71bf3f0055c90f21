import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * recordConversion(clickId) finds the click by its public id. Built CONCURRENTLY, outside a
 * transaction, so that click writes go on while an existing table of millions of clicks is indexed.
 * UUIDv7 ids are time-ordered, so later inserts land at the index's right edge.
 */
export class ClickIdIndex1765305000000 implements MigrationInterface {
  name = 'ClickIdIndex1765305000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    // A concurrent build that failed leaves an invalid index behind: drop it and build again.
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS clicks_click_id_key`);
    await q.query(`CREATE UNIQUE INDEX CONCURRENTLY clicks_click_id_key ON clicks (click_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS clicks_click_id_key`);
  }
}
