import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Slots and periods are counted in UTC from this origin, so a slot never depends on a session's time zone. */
const ORIGIN = `timestamptz '2000-01-01 00:00:00+00'`;

/**
 * The aggregation both the insert trigger and the backfill run, over `source` (the trigger's transition
 * table, or `clicks`). Rows are upserted in key order so that two concurrent writers lock in one order.
 */
function aggregateClicks(source: string): string[] {
  return [
    `INSERT INTO link_click_slots AS s (link_id, slot, clicks, uniques, bots)
       SELECT link_id, date_bin('15 minutes', clicked_at, ${ORIGIN}), count(*),
              count(*) FILTER (WHERE classification = 'UNIQUE'), count(*) FILTER (WHERE classification = 'BOT')
         FROM ${source} GROUP BY 1, 2 ORDER BY 1, 2
     ON CONFLICT (link_id, slot) DO UPDATE
       SET clicks = s.clicks + EXCLUDED.clicks, uniques = s.uniques + EXCLUDED.uniques, bots = s.bots + EXCLUDED.bots`,
    `INSERT INTO link_click_breakdowns AS b
            (link_id, grain, period, dimension, value, clicks, bots, lat_sum, lon_sum, located)
       SELECT c.link_id, g.grain, date_bin(g.width, c.clicked_at, ${ORIGIN}), v.dimension, v.value, count(*),
              count(*) FILTER (WHERE c.classification = 'BOT'),
              CASE WHEN v.dimension = 'l' THEN coalesce(sum(c.latitude) FILTER (WHERE c.longitude IS NOT NULL), 0) END,
              CASE WHEN v.dimension = 'l' THEN coalesce(sum(c.longitude) FILTER (WHERE c.latitude IS NOT NULL), 0) END,
              CASE WHEN v.dimension = 'l' THEN count(*) FILTER (WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL) END
         FROM ${source} c
         CROSS JOIN (VALUES ('h', interval '1 hour'), ('d', interval '1 day')) AS g(grain, width)
         CROSS JOIN LATERAL click_breakdown_values(c.classification, c.country, c.region, c.city, c.browser, c.os,
                                                   c.platform, c.referrer_host, c.bot_agent) v
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
     ON CONFLICT (link_id, grain, period, dimension, value) DO UPDATE
       SET clicks = b.clicks + EXCLUDED.clicks, bots = b.bots + EXCLUDED.bots, lat_sum = b.lat_sum + EXCLUDED.lat_sum,
           lon_sum = b.lon_sum + EXCLUDED.lon_sum, located = b.located + EXCLUDED.located`,
  ];
}

/**
 * Per-link aggregates that clickStats reads instead of scanning clicks (see docs/ANALYTICS.md):
 * - link_click_slots: totals per 15-minute UTC slot. Every zone in use today has an offset that is a
 *   multiple of 15 minutes (Asia/Kolkata +05:30, Asia/Kathmandu +05:45), so buckets of any zone are
 *   whole slots and the series is exact everywhere.
 * - link_click_breakdowns: clicks per dimension value per UTC hour ('h') and per UTC day ('d'). A range
 *   reads whole days, then whole hours at its edges, then raw clicks for what is left (part of an hour).
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
    // clickStats' breakdowns: one link's rows of one grain over a time range (the primary key).
    // dimension: c country, l location (country/region/city), b browser, o OS, p platform, r referrer,
    // a bot agent (bot clicks only). value '' stands for unknown. lat/lon sums only for locations.
    await q.query(`
      CREATE TABLE link_click_breakdowns (
        link_id uuid NOT NULL CONSTRAINT link_click_breakdowns_link_fk REFERENCES links (id) ON DELETE CASCADE,
        grain char(1) NOT NULL CONSTRAINT link_click_breakdowns_grain_check CHECK (grain IN ('h', 'd')),
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
    const [slots, breakdowns] = aggregateClicks('new_clicks');
    await q.query(`
      CREATE FUNCTION link_click_aggregates_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${slots};
        ${breakdowns};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER clicks_aggregates_after_insert AFTER INSERT ON clicks
        REFERENCING NEW TABLE AS new_clicks FOR EACH STATEMENT
        EXECUTE FUNCTION link_click_aggregates_after_insert()`);
    // Clicks recorded before this migration.
    for (const sql of aggregateClicks('clicks')) await q.query(sql);
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
