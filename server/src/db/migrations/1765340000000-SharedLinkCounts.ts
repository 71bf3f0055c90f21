import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * links without a search reports the exact number of an account's shared links; counting a million of
 * them read the whole (account, created_at) index on every page (~120 ms). Triggers keep the number per
 * account instead, in the writing transaction, so a reader sees it agree with the links it can see.
 * Inserts and deletes are counted per statement (a campaign's 10,000 recipient links add one query that
 * finds none to count); an update counts only when it moves a link between accounts or kinds.
 * The backfill holds writes to links (not reads, so redirects go on) while it counts them once.
 */
export class SharedLinkCounts1765340000000 implements MigrationInterface {
  name = 'SharedLinkCounts1765340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`LOCK TABLE links IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`
      CREATE TABLE shared_link_counts (
        account_id uuid PRIMARY KEY CONSTRAINT shared_link_counts_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        links bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION shared_link_counts_add(delta_rows bigint, account uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO shared_link_counts (account_id, links) VALUES (account, delta_rows)
        ON CONFLICT (account_id) DO UPDATE SET links = shared_link_counts.links + EXCLUDED.links
      $$`);
    await q.query(`
      CREATE FUNCTION shared_link_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM shared_link_counts_add(count(*), account_id)
          FROM new_links WHERE NOT is_recipient GROUP BY account_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION shared_link_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- An update, not an upsert: when the account itself is being deleted its row may be gone.
        UPDATE shared_link_counts c SET links = c.links - d.n
          FROM (SELECT account_id, count(*) AS n FROM old_links WHERE NOT is_recipient GROUP BY account_id) d
         WHERE c.account_id = d.account_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION shared_link_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT OLD.is_recipient THEN
          UPDATE shared_link_counts SET links = links - 1 WHERE account_id = OLD.account_id;
        END IF;
        IF NOT NEW.is_recipient THEN
          PERFORM shared_link_counts_add(1, NEW.account_id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER shared_link_counts_after_insert AFTER INSERT ON links
        REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION shared_link_counts_after_insert()`);
    await q.query(`
      CREATE TRIGGER shared_link_counts_after_delete AFTER DELETE ON links
        REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION shared_link_counts_after_delete()`);
    await q.query(`
      CREATE TRIGGER shared_link_counts_after_update AFTER UPDATE OF account_id, is_recipient ON links
        FOR EACH ROW WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.is_recipient IS DISTINCT FROM NEW.is_recipient)
        EXECUTE FUNCTION shared_link_counts_after_update()`);
    await q.query(`
      INSERT INTO shared_link_counts (account_id, links)
      SELECT account_id, count(*) FROM links WHERE NOT is_recipient GROUP BY account_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'delete', 'update'])
      await q.query(`DROP TRIGGER IF EXISTS shared_link_counts_after_${event} ON links`);
    for (const event of ['insert', 'delete', 'update'])
      await q.query(`DROP FUNCTION IF EXISTS shared_link_counts_after_${event}()`);
    await q.query(`DROP FUNCTION IF EXISTS shared_link_counts_add(bigint, uuid)`);
    await q.query(`DROP TABLE IF EXISTS shared_link_counts`);
  }
}
