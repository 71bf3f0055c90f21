import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764072000000 implements MigrationInterface {
  name = 'Initial1764072000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL CONSTRAINT users_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // logIn looks a user up by email, whatever its case.
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE INDEX users_account_idx ON users (account_id)`);
    await q.query(`
      CREATE TABLE sessions (
        id char(64) PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT sessions_user_fk REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    // Removing a user's sessions; expired-session sweeps.
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL CONSTRAINT api_keys_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        prefix varchar(16) NOT NULL,
        secret_hash char(64) NOT NULL,
        scope varchar(16) NOT NULL DEFAULT 'READ_WRITE' CONSTRAINT api_keys_scope_check CHECK (scope IN ('READ_ONLY', 'READ_WRITE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    // Bearer authentication finds the key by the hash of its secret.
    await q.query(`CREATE UNIQUE INDEX api_keys_secret_hash_key ON api_keys (secret_hash)`);
    // apiKeys lists an account's keys, newest first.
    await q.query(`CREATE INDEX api_keys_account_idx ON api_keys (account_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL CONSTRAINT links_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        code varchar(12) NOT NULL,
        destination_url varchar(2048) NOT NULL,
        title varchar(200),
        expires_at timestamptz,
        -- millisecond precision, so a page cursor (a JS Date) matches the row exactly
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The redirect resolves a code; codes are case-sensitive, so the plain column is unique.
    await q.query(`CREATE UNIQUE INDEX links_code_key ON links (code)`);
    // links(): an account's links newest first, paged by (created_at, id).
    await q.query(`CREATE INDEX links_account_created_idx ON links (account_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE clicks (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        link_id uuid NOT NULL CONSTRAINT clicks_link_fk REFERENCES links (id) ON DELETE CASCADE,
        clicked_at timestamptz NOT NULL,
        classification varchar(6) NOT NULL CONSTRAINT clicks_classification_check CHECK (classification IN ('UNIQUE', 'REPEAT', 'BOT')),
        country char(2),
        region varchar(100),
        city varchar(100),
        latitude double precision,
        longitude double precision,
        browser varchar(50) NOT NULL,
        browser_version varchar(20),
        os varchar(50) NOT NULL,
        platform varchar(10) NOT NULL,
        referrer_host varchar(255),
        bot_agent varchar(60),
        ip_prefix varchar(50),
        user_agent varchar(1024)
      )`);
    // clickStats and the CSV export scan one link's clicks over a time range.
    await q.query(`CREATE INDEX clicks_link_time_idx ON clicks (link_id, clicked_at)`);
    await q.query(`
      CREATE TABLE link_visitors (
        link_id uuid NOT NULL CONSTRAINT link_visitors_link_fk REFERENCES links (id) ON DELETE CASCADE,
        visitor char(32) NOT NULL,
        CONSTRAINT link_visitors_pkey PRIMARY KEY (link_id, visitor)
      )`);
    await q.query(`
      CREATE TABLE link_click_counts (
        link_id uuid PRIMARY KEY CONSTRAINT link_click_counts_link_fk REFERENCES links (id) ON DELETE CASCADE,
        clicks bigint NOT NULL DEFAULT 0
      )`);
    // Link.clickCount reads one row per link instead of counting clicks; a statement trigger keeps
    // it exact for every insert path (batched writer, imports) with one upsert per link and batch.
    await q.query(`
      CREATE FUNCTION link_click_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO link_click_counts (link_id, clicks)
          SELECT link_id, count(*) FROM new_clicks GROUP BY link_id
        ON CONFLICT (link_id) DO UPDATE SET clicks = link_click_counts.clicks + EXCLUDED.clicks;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER clicks_count_after_insert AFTER INSERT ON clicks
        REFERENCING NEW TABLE AS new_clicks FOR EACH STATEMENT
        EXECUTE FUNCTION link_click_counts_after_insert()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS clicks_count_after_insert ON clicks`);
    await q.query(`DROP FUNCTION IF EXISTS link_click_counts_after_insert()`);
    await q.query(`DROP TABLE IF EXISTS link_click_counts`);
    await q.query(`DROP TABLE IF EXISTS link_visitors`);
    await q.query(`DROP TABLE IF EXISTS clicks`);
    await q.query(`DROP TABLE IF EXISTS links`);
    await q.query(`DROP TABLE IF EXISTS api_keys`);
    await q.query(`DROP TABLE IF EXISTS sessions`);
    await q.query(`DROP TABLE IF EXISTS users`);
    await q.query(`DROP TABLE IF EXISTS accounts`);
  }
}
