import type { MigrationInterface, QueryRunner } from 'typeorm';
import { aggregateClicks, BREAKDOWN_GRAIN_HOURS } from './1764200000000-ClickAggregates';

// A batch's clicks on shared links: recipient links get no per-link aggregates (see below).
const SHARED_CLICKS = `(SELECT n.* FROM new_clicks n JOIN links l ON l.id = n.link_id WHERE NOT l.is_recipient) AS shared_clicks`;
const linkAggregatesFunction = (source: string) => `
  CREATE OR REPLACE FUNCTION link_click_aggregates_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${aggregateClicks(source)};
    RETURN NULL;
  END $$`;

// A new code can only be remembered as unknown (for 2 s) if someone guessed it before it existed: a
// recipient link's creation needs no notification, which saves 10,000 of them per addRecipients call.
const notifyFunction = (insertCondition: string) => `
  CREATE OR REPLACE FUNCTION links_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF ${insertCondition} THEN
        PERFORM pg_notify('link_changes', NEW.code);
      END IF;
    ELSE
      PERFORM pg_notify('link_changes', OLD.code);
    END IF;
    RETURN NULL;
  END $$`;

// A batch's clicks on campaign links, with their campaign: the source of the campaign aggregates.
const CAMPAIGN_CLICKS = `(SELECT l.campaign_id, n.* FROM new_clicks n JOIN links l ON l.id = n.link_id
                            WHERE l.campaign_id IS NOT NULL) AS campaign_clicks`;

/**
 * Campaigns and per-recipient links.
 * - campaigns; links gain campaign_id (a shared link, or with is_recipient a recipient link) and
 *   conversion_tracking.
 * - recipients: one row per person, in upload order (seq), with their link and funnel counters.
 * - campaign_click_slots / campaign_click_breakdowns: the link aggregates' shape keyed by campaign, so
 *   campaignClickStats reads a few dozen rows whatever the number of links (a campaign may have 100,000).
 *   Kept by a statement trigger on clicks, like the link aggregates, in the click batch's transaction;
 *   the same trigger keeps recipients' non-bot click count and first click time.
 * - Recipient links get no per-link aggregates: each is clicked once or twice, and a batch of 500 clicks
 *   on 500 links cost ~21,000 aggregate upserts (a slot and 42 breakdown rows a link). clickStats of a
 *   recipient link reads its few raw clicks instead.
 */
export class Campaigns1765000000000 implements MigrationInterface {
  name = 'Campaigns1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL CONSTRAINT campaigns_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        channel varchar(8) NOT NULL DEFAULT 'OTHER'
          CONSTRAINT campaigns_channel_check CHECK (channel IN ('WHATSAPP', 'SMS', 'EMAIL', 'OTHER')),
        destination_url varchar(2048),
        currency char(3) NOT NULL DEFAULT 'USD',
        conversion_tracking boolean NOT NULL DEFAULT false,
        -- millisecond precision, so a page cursor (a JS Date) matches the row exactly
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // campaigns(): an account's campaigns newest first, paged by (created_at, id).
    await q.query(
      `CREATE INDEX campaigns_account_created_idx ON campaigns (account_id, created_at DESC, id DESC)`,
    );
    await q.query(`
      ALTER TABLE links
        ADD COLUMN campaign_id uuid CONSTRAINT links_campaign_fk REFERENCES campaigns (id) ON DELETE CASCADE,
        ADD COLUMN is_recipient boolean NOT NULL DEFAULT false,
        ADD COLUMN conversion_tracking boolean NOT NULL DEFAULT false`);
    // links(campaignId) (a campaign's shared links, newest first), linkCount, and deleteCampaign's delete.
    await q.query(`
      CREATE INDEX links_campaign_idx ON links (campaign_id, is_recipient, created_at DESC, id DESC)
       WHERE campaign_id IS NOT NULL`);
    // links(): shared links only, so an account's 100,000 recipient links never slow its list down.
    await q.query(`DROP INDEX links_account_created_idx`);
    await q.query(`
      CREATE INDEX links_account_shared_created_idx ON links (account_id, created_at DESC, id DESC)
       WHERE NOT is_recipient`);

    await q.query(`
      CREATE TABLE recipients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        campaign_id uuid NOT NULL CONSTRAINT recipients_campaign_fk REFERENCES campaigns (id) ON DELETE CASCADE,
        link_id uuid NOT NULL CONSTRAINT recipients_link_fk REFERENCES links (id) ON DELETE CASCADE,
        external_id varchar(200) NOT NULL,
        status varchar(9) NOT NULL DEFAULT 'PENDING'
          CONSTRAINT recipients_status_check CHECK (status IN ('PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
        sent_at timestamptz,
        delivered_at timestamptz,
        read_at timestamptz,
        failed_at timestamptz,
        first_clicked_at timestamptz,
        clicks integer NOT NULL DEFAULT 0,
        conversions integer NOT NULL DEFAULT 0,
        conversion_value double precision NOT NULL DEFAULT 0,
        -- addRecipients' idempotency: one person once per campaign
        CONSTRAINT recipients_campaign_external_key UNIQUE (campaign_id, external_id)
      )`);
    // Link.recipient, and the click trigger's counter updates.
    await q.query(`CREATE UNIQUE INDEX recipients_link_key ON recipients (link_id)`);
    // recipients() and the CSV export: a campaign's recipients in upload order, paged by seq.
    await q.query(`CREATE INDEX recipients_campaign_seq_idx ON recipients (campaign_id, seq)`);

    // campaignClickStats' series and totals: one campaign's slots over a time range (the primary key).
    await q.query(`
      CREATE TABLE campaign_click_slots (
        campaign_id uuid NOT NULL CONSTRAINT campaign_click_slots_campaign_fk REFERENCES campaigns (id) ON DELETE CASCADE,
        slot timestamptz NOT NULL,
        clicks integer NOT NULL,
        uniques integer NOT NULL,
        bots integer NOT NULL,
        CONSTRAINT campaign_click_slots_pkey PRIMARY KEY (campaign_id, slot)
      )`);
    // campaignClickStats' breakdowns: one campaign's blocks of one grain over a time range (the primary key).
    await q.query(`
      CREATE TABLE campaign_click_breakdowns (
        campaign_id uuid NOT NULL CONSTRAINT campaign_click_breakdowns_campaign_fk REFERENCES campaigns (id) ON DELETE CASCADE,
        grain smallint NOT NULL CONSTRAINT campaign_click_breakdowns_grain_check CHECK (grain IN (${BREAKDOWN_GRAIN_HOURS.join(', ')})),
        period timestamptz NOT NULL,
        dimension char(1) NOT NULL CONSTRAINT campaign_click_breakdowns_dimension_check CHECK (dimension IN ('c', 'l', 'b', 'o', 'p', 'r', 'a')),
        value text NOT NULL,
        clicks integer NOT NULL,
        bots integer NOT NULL,
        lat_sum double precision,
        lon_sum double precision,
        located integer,
        CONSTRAINT campaign_click_breakdowns_pkey PRIMARY KEY (campaign_id, grain, period, dimension, value)
      )`);
    await q.query(`
      CREATE FUNCTION campaign_click_aggregates_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM new_clicks n JOIN links l ON l.id = n.link_id WHERE l.campaign_id IS NOT NULL) THEN
          ${aggregateClicks(CAMPAIGN_CLICKS, { key: 'campaign_id', prefix: 'campaign' })};
          -- Recipients' counters, rows taken in link_id order so concurrent writers wait rather than deadlock.
          WITH batch AS (
            SELECT link_id, count(*) AS clicks, min(clicked_at) AS first_at FROM new_clicks
             WHERE classification <> 'BOT' GROUP BY link_id
          ), locked AS (
            SELECT r.id, b.clicks, b.first_at FROM recipients r JOIN batch b ON b.link_id = r.link_id
             ORDER BY r.link_id FOR UPDATE OF r
          )
          UPDATE recipients r SET clicks = r.clicks + locked.clicks,
                                  first_clicked_at = least(r.first_clicked_at, locked.first_at)
            FROM locked WHERE r.id = locked.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(linkAggregatesFunction(SHARED_CLICKS));
    await q.query(notifyFunction('NOT NEW.is_recipient'));
    await q.query(`
      CREATE TRIGGER clicks_campaign_aggregates_after_insert AFTER INSERT ON clicks
        REFERENCING NEW TABLE AS new_clicks FOR EACH STATEMENT
        EXECUTE FUNCTION campaign_click_aggregates_after_insert()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS clicks_campaign_aggregates_after_insert ON clicks`);
    await q.query(`DROP FUNCTION IF EXISTS campaign_click_aggregates_after_insert()`);
    await q.query(linkAggregatesFunction('new_clicks'));
    await q.query(notifyFunction('true'));
    await q.query(`DROP TABLE IF EXISTS campaign_click_breakdowns`);
    await q.query(`DROP TABLE IF EXISTS campaign_click_slots`);
    await q.query(`DROP TABLE IF EXISTS recipients`);
    await q.query(`DELETE FROM links WHERE campaign_id IS NOT NULL AND is_recipient`);
    await q.query(`DROP INDEX IF EXISTS links_account_shared_created_idx`);
    await q.query(`CREATE INDEX links_account_created_idx ON links (account_id, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX IF EXISTS links_campaign_idx`);
    await q.query(
      `ALTER TABLE links DROP COLUMN conversion_tracking, DROP COLUMN is_recipient, DROP COLUMN campaign_id`,
    );
    await q.query(`DROP TABLE IF EXISTS campaigns`);
  }
}
