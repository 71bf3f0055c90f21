import type { DataSource } from 'typeorm';

/** A click row as stored; omitted fields take the defaults of `insertClicks`. */
export interface ClickRow {
  at: string;
  classification?: 'UNIQUE' | 'REPEAT' | 'BOT';
  country?: string | null;
  region?: string | null;
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  browser?: string;
  os?: string;
  platform?: string;
  referrer?: string | null;
  botAgent?: string | null;
}

/**
 * Inserts clicks with fixed timestamps in one multi-row statement, like the click writer's batches, so
 * the aggregate triggers run exactly as in production.
 */
export async function insertClicks(db: DataSource, linkId: string, clicks: ClickRow[]): Promise<void> {
  const col = <K extends keyof ClickRow>(key: K, fallback: ClickRow[K]) =>
    clicks.map((c) => (c[key] === undefined ? fallback : c[key]));
  await db.query(
    `INSERT INTO clicks (link_id, clicked_at, classification, country, region, city, latitude, longitude,
                         browser, os, platform, referrer_host, bot_agent)
     SELECT $1, u.* FROM unnest($2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
                                $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[],
                                $12::text[], $13::text[]) AS u`,
    [
      linkId,
      col('at', ''),
      col('classification', 'UNIQUE'),
      col('country', null),
      col('region', null),
      col('city', null),
      col('latitude', null),
      col('longitude', null),
      col('browser', 'Chrome'),
      col('os', 'Windows'),
      col('platform', 'desktop'),
      col('referrer', null),
      col('botAgent', null),
    ],
  );
}

/** clickStats with every field: what the dashboard asks, for tests and the benchmark alike. */
export const CLICK_STATS_QUERY = `
  query Stats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {
    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {
      totals { total unique bots }
      series { start total unique bots }
      countries { code name clicks }
      locations { latitude longitude city country clicks }
      browsers { name clicks }
      platforms { name clicks }
      operatingSystems { name clicks }
      referrers { name clicks }
      botAgents { name clicks }
    }
  }`;
