import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Slots and periods are counted in UTC from the Unix epoch, as the service's range splitting is, so they
 * never depend on a session's time zone.
 */
const ORIGIN = `timestamptz '1970-01-01 00:00:00+00'`;
/** Breakdown grains in hours (1 h, 4 h, 1 day, 4, 16 and 64 days); each divides the next. */
export const BREAKDOWN_GRAIN_HOURS = [1, 4, 24, 96, 384, 1536];

/** Aggregates of one key (a link, a campaign): `<prefix>_click_slots` and `<prefix>_click_breakdowns`. */
export interface AggregateTarget {
  key: string;
  prefix: string;
}
const LINK_TARGET: AggregateTarget = { key: 'link_id', prefix: 'link' };

/**
 * The aggregation both the insert trigger and the backfill run, over `source` (the trigger's transition
 * table, or `clicks`), as one statement that reads the source once: clicks are first grouped by their
 * 15-minute slot and every stored attribute ("shapes": a campaign's clicks share few), the slots are
 * upserted from the shapes, and the shapes are unpivoted into breakdown values by hour, then rolled up
 * into every grain. Rows are upserted in key order so that concurrent writers lock in one order.
 */
export function aggregateClicks(source: string, { key, prefix }: AggregateTarget = LINK_TARGET): string {
  return `
    WITH shapes AS (
      SELECT ${key}, date_bin('15 minutes', clicked_at, ${ORIGIN}) AS slot, classification, country, region,
             city, browser, os, platform, referrer_host, bot_agent, count(*) AS clicks,
             sum(latitude) FILTER (WHERE longitude IS NOT NULL) AS lat_sum,
             sum(longitude) FILTER (WHERE latitude IS NOT NULL) AS lon_sum,
             count(*) FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL) AS located
        FROM ${source}
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
    ),
    slots AS (
      INSERT INTO ${prefix}_click_slots AS s (${key}, slot, clicks, uniques, bots)
      SELECT ${key}, slot, sum(clicks), coalesce(sum(clicks) FILTER (WHERE classification = 'UNIQUE'), 0),
             coalesce(sum(clicks) FILTER (WHERE classification = 'BOT'), 0)
        FROM shapes GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (${key}, slot) DO UPDATE
        SET clicks = s.clicks + EXCLUDED.clicks, uniques = s.uniques + EXCLUDED.uniques, bots = s.bots + EXCLUDED.bots
    ),
    hourly AS (
      SELECT sh.${key}, date_bin(interval '1 hour', sh.slot, ${ORIGIN}) AS hour, v.dimension, v.value,
             sum(sh.clicks) AS clicks, coalesce(sum(sh.clicks) FILTER (WHERE sh.classification = 'BOT'), 0) AS bots,
             sum(sh.lat_sum) AS lat_sum, sum(sh.lon_sum) AS lon_sum, sum(sh.located) AS located
        FROM shapes sh
       CROSS JOIN LATERAL click_breakdown_values(sh.classification, sh.country, sh.region, sh.city, sh.browser,
                                                 sh.os, sh.platform, sh.referrer_host, sh.bot_agent) v
       GROUP BY 1, 2, 3, 4
    )
    INSERT INTO ${prefix}_click_breakdowns AS b
           (${key}, grain, period, dimension, value, clicks, bots, lat_sum, lon_sum, located)
    SELECT h.${key}, g.grain, date_bin(g.grain * interval '1 hour', h.hour, ${ORIGIN}), h.dimension, h.value,
           sum(h.clicks), sum(h.bots),
           CASE WHEN h.dimension = 'l' THEN coalesce(sum(h.lat_sum), 0) END,
           CASE WHEN h.dimension = 'l' THEN coalesce(sum(h.lon_sum), 0) END,
           CASE WHEN h.dimension = 'l' THEN sum(h.located) END
      FROM hourly h CROSS JOIN unnest(ARRAY[${BREAKDOWN_GRAIN_HOURS.join(', ')}]) AS g(grain)
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (${key}, grain, period, dimension, value) DO UPDATE
      SET clicks = b.clicks + EXCLUDED.clicks, bots = b.bots + EXCLUDED.bots, lat_sum = b.lat_sum + EXCLUDED.lat_sum,
          lon_sum = b.lon_sum + EXCLUDED.lon_sum, located = b.located + EXCLUDED.located`;
}

/**
 * Per-link aggregates that clickStats reads instead of scanning clicks (see docs/ANALYTICS.md):
 * - link_click_slots: totals per 15-minute UTC slot. Every zone in use today has an offset that is a
 *   multiple of 15 minutes (Asia/Kolkata +05:30, Asia/Kathmandu +05:45), so buckets of any zone are
 *   whole slots and the series is exact everywhere.
 * - link_click_breakdowns: clicks per dimension value per block of 1 and 4 hours, 1, 4, 16 and 64 days
 *   (UTC, aligned on the epoch). A range reads the largest whole blocks inside it, smaller ones towards
 *   its edges, and raw clicks for what is left (part of an hour at each end, e.g. in Asia/Kolkata): a
 *   few dozen blocks whatever its length.
 * A statement-level trigger keeps both exact for every insert path, like link_click_counts. Clicks are
 * append-only: nothing updates or deletes single clicks, so there is no update/delete trigger.
 */
export class ClickAggregates1764200000000 implements MigrationInterface {
  name = 'ClickAggregates1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // clickStats' series and totals: one link's slots over a time range (the primary key).
    await q.query(`
      CREATE TABLE link_click_slots (
        link_id uuid NOT NULL CONSTRAINT link_click_slots_link_fk REFERENCES links (id) ON DELETE CASCADE,
        slot timestamptz NOT NULL,
        clicks integer NOT NULL,
        uniques integer NOT NULL,
        bots integer NOT NULL,
        CONSTRAINT link_click_slots_pkey PRIMARY KEY (link_id, slot)
      )`);
    // clickStats' breakdowns: one link's blocks of one grain over a time range (the primary key).
    // grain: the block's length in hours.
    // dimension: c country, l location (country/region/city), b browser, o OS, p platform, r referrer,
    // a bot agent (bot clicks only). value '' stands for unknown. lat/lon sums only for locations.
    await q.query(`
      CREATE TABLE link_click_breakdowns (
        link_id uuid NOT NULL CONSTRAINT link_click_breakdowns_link_fk REFERENCES links (id) ON DELETE CASCADE,
        grain smallint NOT NULL CONSTRAINT link_click_breakdowns_grain_check CHECK (grain IN (${BREAKDOWN_GRAIN_HOURS.join(', ')})),
        period timestamptz NOT NULL,
        dimension char(1) NOT NULL CONSTRAINT link_click_breakdowns_dimension_check CHECK (dimension IN ('c', 'l', 'b', 'o', 'p', 'r', 'a')),
        value text NOT NULL,
        clicks integer NOT NULL,
        bots integer NOT NULL,
        lat_sum double precision,
        lon_sum double precision,
        located integer,
        CONSTRAINT link_click_breakdowns_pkey PRIMARY KEY (link_id, grain, period, dimension, value)
      )`);
    // The one place that says which breakdown values a click has; the trigger and the service's reads
    // of raw clicks (range edges finer than an hour) both use it. Inlined by the planner (plain SQL).
    await q.query(`
      CREATE FUNCTION click_breakdown_values(classification text, country text, region text, city text,
                                             browser text, os text, platform text, referrer text, bot_agent text)
      RETURNS TABLE (dimension text, value text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT v.dimension, v.value FROM (VALUES
          ('c', coalesce(country, '')),
          ('l', coalesce(country, '') || E'\\x1f' || coalesce(region, '') || E'\\x1f' || coalesce(city, '')),
          ('b', coalesce(browser, '')),
          ('o', coalesce(os, '')),
          ('p', coalesce(platform, '')),
          ('r', coalesce(referrer, '')),
          ('a', coalesce(bot_agent, ''))) AS v(dimension, value)
         WHERE v.dimension <> 'a' OR classification = 'BOT'
      $$`);
    await q.query(`
      CREATE FUNCTION link_click_aggregates_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${aggregateClicks('new_clicks')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER clicks_aggregates_after_insert AFTER INSERT ON clicks
        REFERENCING NEW TABLE AS new_clicks FOR EACH STATEMENT
        EXECUTE FUNCTION link_click_aggregates_after_insert()`);
    // Clicks recorded before this migration.
    await q.query(aggregateClicks('clicks'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS clicks_aggregates_after_insert ON clicks`);
    await q.query(`DROP FUNCTION IF EXISTS link_click_aggregates_after_insert()`);
    await q.query(
      `DROP FUNCTION IF EXISTS click_breakdown_values(text, text, text, text, text, text, text, text, text)`,
    );
    await q.query(`DROP TABLE IF EXISTS link_click_breakdowns`);
    await q.query(`DROP TABLE IF EXISTS link_click_slots`);
  }
}
