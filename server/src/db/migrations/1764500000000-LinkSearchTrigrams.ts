import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = [
  ['links_title_trgm_idx', 'title'],
  ['links_destination_url_trgm_idx', 'destination_url'],
  ['links_code_trgm_idx', 'code'],
] as const;

/**
 * links(search): a case-insensitive substring match (ILIKE '%term%') on title, destination and code.
 * Trigram GIN indexes serve it for terms of 3 characters or more instead of a scan of every link.
 * Built CONCURRENTLY, outside a transaction, so that links stay writable while a large table is indexed.
 */
export class LinkSearchTrigrams1764500000000 implements MigrationInterface {
  name = 'LinkSearchTrigrams1764500000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [name, column] of INDEXES) {
      // A concurrent build that failed leaves an invalid index behind: drop it and build again.
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await q.query(`CREATE INDEX CONCURRENTLY ${name} ON links USING gin (${column} gin_trgm_ops)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // The extension stays: other tables' search indexes may use it, and it costs nothing unused.
    // A plain DROP (quick) so that a revert works inside a transaction too.
    for (const [name] of INDEXES) await q.query(`DROP INDEX IF EXISTS ${name}`);
  }
}
