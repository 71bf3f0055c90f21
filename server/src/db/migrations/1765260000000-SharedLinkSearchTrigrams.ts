import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = ['title', 'destination_url', 'code'] as const;

/**
 * links(search) lists shared links only (`NOT is_recipient`), so its trigram indexes need not hold
 * recipient links: a campaign's bulk insert of 10,000 links no longer updates three GIN indexes (about
 * half of its time). New partial indexes are built before the full ones go (expand, then contract).
 */
export class SharedLinkSearchTrigrams1765260000000 implements MigrationInterface {
  name = 'SharedLinkSearchTrigrams1765260000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    for (const column of COLUMNS) {
      const name = `links_${column}_shared_trgm_idx`;
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await q.query(
        `CREATE INDEX CONCURRENTLY ${name} ON links USING gin (${column} gin_trgm_ops) WHERE NOT is_recipient`,
      );
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS links_${column}_trgm_idx`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of COLUMNS) {
      await q.query(`CREATE INDEX IF NOT EXISTS links_${column}_trgm_idx ON links USING gin (${column} gin_trgm_ops)`);
      await q.query(`DROP INDEX IF EXISTS links_${column}_shared_trgm_idx`);
    }
  }
}
