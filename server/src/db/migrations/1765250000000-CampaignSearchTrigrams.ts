import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = [
  ['recipients_external_id_trgm_idx', 'recipients', 'external_id'],
  ['campaigns_name_trgm_idx', 'campaigns', 'name'],
] as const;

/**
 * recipients(search) and campaigns(search): the same case-insensitive substring match as links(search),
 * served by trigram GIN indexes for terms of 3 characters or more (a campaign of 100,000 recipients is
 * otherwise read whole on every keystroke). Built CONCURRENTLY so the tables stay writable.
 */
export class CampaignSearchTrigrams1765250000000 implements MigrationInterface {
  name = 'CampaignSearchTrigrams1765250000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [name, table, column] of INDEXES) {
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await q.query(`CREATE INDEX CONCURRENTLY ${name} ON ${table} USING gin (${column} gin_trgm_ops)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX IF EXISTS ${name}`);
  }
}
