import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints and their outbox. A message row is written in the same transaction as the event it
 * describes (a click batch, a link change …), one row per subscribed endpoint, and is then claimed by
 * the dispatcher of any replica with FOR UPDATE SKIP LOCKED.
 */
export class Webhooks1765100000000 implements MigrationInterface {
  name = 'Webhooks1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL CONSTRAINT webhooks_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        url varchar(2048) NOT NULL,
        events text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        description varchar(500),
        -- The signing secret, AES-256-GCM encrypted under a key derived from SESSION_SECRET.
        secret_sealed text NOT NULL,
        consecutive_failures integer NOT NULL DEFAULT 0,
        disabled_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The event writers look up an account's enabled endpoints for one event type (the click batch's
    // INSERT … SELECT joins on it), and the webhooks query lists an account's endpoints.
    await q.query(`CREATE INDEX webhooks_account_idx ON webhooks (account_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL CONSTRAINT webhook_deliveries_webhook_fk REFERENCES webhooks (id) ON DELETE CASCADE,
        type varchar(40) NOT NULL,
        -- The exact request body, built once: every attempt sends (and signs) the same bytes.
        body text NOT NULL,
        status varchar(9) NOT NULL DEFAULT 'PENDING'
          CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_response_status integer,
        last_error varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Due time of the next attempt; while an attempt is in flight, the end of its lease.
        next_attempt_at timestamptz DEFAULT now(),
        delivered_at timestamptz,
        -- Set by each claim: only the claimer's result is recorded.
        claim_token uuid
      )`);
    // The dispatcher's claim: each webhook's due PENDING messages, oldest due first; also the queue
    // depth metric. Partial, so finished messages cost neither anything.
    await q.query(`
      CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (webhook_id, next_attempt_at)
       WHERE status = 'PENDING'`);
    // webhookDeliveries: one endpoint's messages, newest first (and by status).
    await q.query(
      `CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS webhook_deliveries`);
    await q.query(`DROP TABLE IF EXISTS webhooks`);
  }
}
