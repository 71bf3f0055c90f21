import type { MigrationInterface, QueryRunner } from 'typeorm';
import { aggregateClicks } from './1764200000000-ClickAggregates';

const CAMPAIGN_CLICKS = `(SELECT l.campaign_id, n.* FROM new_clicks n JOIN links l ON l.id = n.link_id
                            WHERE l.campaign_id IS NOT NULL) AS campaign_clicks`;

/**
 * The click trigger of migration Campaigns, plus the funnel: each recipient's first click counts them as
 * clicked, the batch's clicks are added to the campaign's lifetime totals, and a first click that
 * moved is recorded in timing_version (the median time to click must be computed again).
 */
const clickTriggerFunction = (withFunnel: boolean) => `
  CREATE OR REPLACE FUNCTION campaign_click_aggregates_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    pick smallint := floor(random() * 16);
  BEGIN
    IF EXISTS (SELECT 1 FROM new_clicks n JOIN links l ON l.id = n.link_id WHERE l.campaign_id IS NOT NULL) THEN
      ${aggregateClicks(CAMPAIGN_CLICKS, { key: 'campaign_id', prefix: 'campaign' })};
      -- Recipients' counters, rows taken in link_id order so concurrent writers wait rather than deadlock.
      WITH batch AS (
        SELECT link_id, count(*) AS clicks, min(clicked_at) AS first_at FROM new_clicks
         WHERE classification <> 'BOT' GROUP BY link_id
      ), locked AS (
        SELECT r.id${withFunnel ? ', r.campaign_id, r.clicks AS old_clicks, r.first_clicked_at AS old_first, r.delivered_at' : ''}, b.clicks, b.first_at
          FROM recipients r JOIN batch b ON b.link_id = r.link_id
         ORDER BY r.link_id FOR UPDATE OF r
      )${
        withFunnel
          ? `, updated AS (
        UPDATE recipients r SET clicks = r.clicks + locked.clicks,
                                first_clicked_at = least(r.first_clicked_at, locked.first_at)
          FROM locked WHERE r.id = locked.id
      ), people AS (
        SELECT campaign_id, count(*) FILTER (WHERE old_clicks = 0) AS clicked,
               count(*) FILTER (WHERE delivered_at IS NOT NULL
                                  AND (old_first IS NULL OR first_at < old_first)) AS moved
          FROM locked GROUP BY campaign_id
      ), totals AS (
        SELECT campaign_id, count(*) AS clicks, count(*) FILTER (WHERE classification = 'UNIQUE') AS uniques,
               count(*) FILTER (WHERE classification = 'BOT') AS bots
          FROM ${CAMPAIGN_CLICKS} GROUP BY campaign_id
      )
      INSERT INTO campaign_funnel_counts AS f (campaign_id, shard, clicked, clicks, uniques, bots, timing_version)
      SELECT t.campaign_id, pick, coalesce(p.clicked, 0), t.clicks, t.uniques, t.bots, coalesce(p.moved, 0)
        FROM totals t LEFT JOIN people p ON p.campaign_id = t.campaign_id
       ORDER BY t.campaign_id
      ON CONFLICT (campaign_id, shard) DO UPDATE
        SET clicked = f.clicked + EXCLUDED.clicked, clicks = f.clicks + EXCLUDED.clicks,
            uniques = f.uniques + EXCLUDED.uniques, bots = f.bots + EXCLUDED.bots,
            timing_version = f.timing_version + EXCLUDED.timing_version`
          : `
      UPDATE recipients r SET clicks = r.clicks + locked.clicks,
                              first_clicked_at = least(r.first_clicked_at, locked.first_at)
        FROM locked WHERE r.id = locked.id`
      };
    END IF;
    RETURN NULL;
  END $$`;

/**
 * The full funnel: delivery reports, conversions with click ids, and per-campaign funnel counters.
 * - clicks.click_id: the click's public id (UUIDv7), minted by the redirect before the click is written
 *   (it is the sl_cid the destination receives) and stored by the writer. Rows written before this
 *   migration keep null; other insert paths get a random UUID by default. No backfill: old clicks were
 *   never handed out as sl_cid.
 * - conversions: one row per recordConversion, with an optional idempotency key unique per account.
 * - campaign_funnel_counts: the funnel's counts, kept by every write that changes them, in its own
 *   transaction (addRecipients, recordDeliveries, recordConversion, the click trigger), in 16 rows per
 *   campaign (each transaction adds to a random one) so concurrent writers rarely wait on each other.
 *   funnel() sums at most 16 rows instead of counting 100,000 recipients.
 * - recipients.conversion_value becomes numeric, like conversions.value: sums of money stay exact.
 * - A change of a campaign's conversion_tracking notifies 'campaign:<id>' on link_changes: every
 *   replica drops the campaign's links from its redirect cache.
 */
export class Funnel1765300000000 implements MigrationInterface {
  name = 'Funnel1765300000000';

  async up(q: QueryRunner): Promise<void> {
    // Adding the column without a default rewrites nothing; the default then applies to new rows only.
    await q.query(`ALTER TABLE clicks ADD COLUMN click_id uuid`);
    await q.query(`ALTER TABLE clicks ALTER COLUMN click_id SET DEFAULT gen_random_uuid()`);
    // Its unique index is built CONCURRENTLY by the next migration (ClickIdIndex): clicks is large.

    await q.query(
      `ALTER TABLE recipients ALTER COLUMN conversion_value TYPE numeric USING conversion_value::numeric`,
    );

    await q.query(`
      CREATE TABLE campaign_funnel_counts (
        campaign_id uuid NOT NULL CONSTRAINT campaign_funnel_counts_campaign_fk REFERENCES campaigns (id) ON DELETE CASCADE,
        shard smallint NOT NULL,
        recipients integer NOT NULL DEFAULT 0,
        sent integer NOT NULL DEFAULT 0,
        delivered integer NOT NULL DEFAULT 0,
        read integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        clicked integer NOT NULL DEFAULT 0,
        converted integer NOT NULL DEFAULT 0,
        conversions integer NOT NULL DEFAULT 0,
        conversion_value numeric NOT NULL DEFAULT 0,
        clicks bigint NOT NULL DEFAULT 0,
        uniques bigint NOT NULL DEFAULT 0,
        bots bigint NOT NULL DEFAULT 0,
        -- bumped whenever a clicked recipient's deliveredAt or firstClickedAt changes: the median's cache key
        timing_version bigint NOT NULL DEFAULT 0,
        -- funnel(): a campaign's shards (the primary key's prefix)
        CONSTRAINT campaign_funnel_counts_pkey PRIMARY KEY (campaign_id, shard)
      )`);
    // What existed before: recipients, their delivery state and clicks, and the campaigns' clicks.
    await q.query(`
      INSERT INTO campaign_funnel_counts (campaign_id, shard, recipients, sent, delivered, read, failed, clicked,
                                          converted, conversions, conversion_value)
      SELECT campaign_id, 0, count(*), count(*) FILTER (WHERE status IN ('SENT', 'DELIVERED', 'READ')),
             count(*) FILTER (WHERE status IN ('DELIVERED', 'READ')), count(*) FILTER (WHERE status = 'READ'),
             count(*) FILTER (WHERE status = 'FAILED'), count(*) FILTER (WHERE clicks > 0),
             count(*) FILTER (WHERE conversions > 0), sum(conversions), sum(conversion_value)
        FROM recipients GROUP BY campaign_id`);
    await q.query(`
      INSERT INTO campaign_funnel_counts AS f (campaign_id, shard, clicks, uniques, bots)
      SELECT campaign_id, 0, sum(clicks), sum(uniques), sum(bots) FROM campaign_click_slots GROUP BY campaign_id
      ON CONFLICT (campaign_id, shard) DO UPDATE
        SET clicks = EXCLUDED.clicks, uniques = EXCLUDED.uniques, bots = EXCLUDED.bots`);
    // medianSecondsToClick: a campaign's clicked recipients with a delivery time.
    await q.query(`
      CREATE INDEX recipients_click_delay_idx ON recipients (campaign_id) INCLUDE (delivered_at, first_clicked_at)
       WHERE delivered_at IS NOT NULL AND first_clicked_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE conversions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL CONSTRAINT conversions_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        link_id uuid NOT NULL CONSTRAINT conversions_link_fk REFERENCES links (id) ON DELETE CASCADE,
        -- the link's campaign when recorded (a shared link moved later keeps its conversions where they were)
        campaign_id uuid CONSTRAINT conversions_campaign_fk REFERENCES campaigns (id) ON DELETE CASCADE,
        recipient_id uuid CONSTRAINT conversions_recipient_fk REFERENCES recipients (id) ON DELETE CASCADE,
        click_id uuid,
        name varchar(100) NOT NULL,
        value numeric NOT NULL CONSTRAINT conversions_value_check CHECK (value >= 0),
        currency char(3) NOT NULL,
        occurred_at timestamptz(3) NOT NULL,
        idempotency_key varchar(200),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // recordConversion's idempotency: one conversion per key and account; concurrent callers wait here.
    await q.query(`
      CREATE UNIQUE INDEX conversions_account_idempotency_key ON conversions (account_id, idempotency_key)
       WHERE idempotency_key IS NOT NULL`);
    // The cascades of deleteLink, deleteCampaign (and the recipients' rows they delete).
    await q.query(`CREATE INDEX conversions_link_idx ON conversions (link_id)`);
    await q.query(
      `CREATE INDEX conversions_campaign_idx ON conversions (campaign_id) WHERE campaign_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX conversions_recipient_idx ON conversions (recipient_id) WHERE recipient_id IS NOT NULL`,
    );
    // Deleting a shared link deletes its conversions: the campaign's counts lose them too (a campaign
    // being deleted is no longer visible here, and its counters go with it).
    await q.query(`
      CREATE FUNCTION conversions_funnel_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pick smallint := floor(random() * 16);
      BEGIN
        INSERT INTO campaign_funnel_counts AS f (campaign_id, shard, conversions, conversion_value)
        SELECT o.campaign_id, pick, -count(*), -sum(o.value)
          FROM old_conversions o JOIN campaigns c ON c.id = o.campaign_id
         WHERE o.recipient_id IS NULL
         GROUP BY o.campaign_id ORDER BY o.campaign_id
        ON CONFLICT (campaign_id, shard) DO UPDATE
          SET conversions = f.conversions + EXCLUDED.conversions,
              conversion_value = f.conversion_value + EXCLUDED.conversion_value;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER conversions_funnel_after_delete AFTER DELETE ON conversions
        REFERENCING OLD TABLE AS old_conversions FOR EACH STATEMENT
        EXECUTE FUNCTION conversions_funnel_after_delete()`);

    await q.query(clickTriggerFunction(true));

    await q.query(`
      CREATE FUNCTION campaigns_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('link_changes', 'campaign:' || NEW.id::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER campaigns_notify_change AFTER UPDATE OF conversion_tracking ON campaigns
        FOR EACH ROW WHEN (OLD.conversion_tracking IS DISTINCT FROM NEW.conversion_tracking)
        EXECUTE FUNCTION campaigns_notify_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS campaigns_notify_change ON campaigns`);
    await q.query(`DROP FUNCTION IF EXISTS campaigns_notify_change()`);
    await q.query(clickTriggerFunction(false));
    await q.query(`DROP TABLE IF EXISTS conversions`);
    await q.query(`DROP FUNCTION IF EXISTS conversions_funnel_after_delete()`);
    await q.query(`DROP INDEX IF EXISTS recipients_click_delay_idx`);
    await q.query(`DROP TABLE IF EXISTS campaign_funnel_counts`);
    await q.query(
      `ALTER TABLE recipients ALTER COLUMN conversion_value TYPE double precision USING conversion_value::double precision`,
    );
    await q.query(`ALTER TABLE clicks DROP COLUMN IF EXISTS click_id`);
  }
}
