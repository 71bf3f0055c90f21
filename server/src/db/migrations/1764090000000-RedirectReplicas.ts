import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replicas cache links in memory; every change to a link (by any path: the API, a script, a cascade)
 * notifies channel `link_changes` with its code, delivered at commit, so each replica drops it at once.
 * `click_batches` makes the click writer's retries idempotent.
 */
export class RedirectReplicas1764090000000 implements MigrationInterface {
  name = 'RedirectReplicas1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION links_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM pg_notify('link_changes', NEW.code);
        ELSE
          PERFORM pg_notify('link_changes', OLD.code);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER links_notify_change AFTER INSERT OR UPDATE OR DELETE ON links
        FOR EACH ROW EXECUTE FUNCTION links_notify_change()`);
    // The click writer claims each batch's id in the batch's own transaction; a retry whose id is
    // already here was committed before (its COMMIT reply was lost) and writes nothing again.
    await q.query(`
      CREATE TABLE click_batches (
        id uuid CONSTRAINT click_batches_pkey PRIMARY KEY,
        written_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The writer's hourly prune deletes batch ids older than a day.
    await q.query(`CREATE INDEX click_batches_written_at_idx ON click_batches (written_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS click_batches`);
    await q.query(`DROP TRIGGER IF EXISTS links_notify_change ON links`);
    await q.query(`DROP FUNCTION IF EXISTS links_notify_change()`);
  }
}
