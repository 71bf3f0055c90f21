import type { DataSource } from 'typeorm';
import { INSERT_CLICKS_SQL, insertClicksParams, type Click, type NewClick } from '../../src/clicks/click';

/** A click to store at a fixed time; omitted fields take the defaults below. */
export type ClickRow = { at: string } & Partial<Omit<NewClick, 'linkId' | 'clickedAt'>>;

const DEFAULTS: Omit<Click, 'id' | 'clickId' | 'linkId' | 'clickedAt'> = {
  classification: 'UNIQUE',
  country: null,
  region: null,
  city: null,
  latitude: null,
  longitude: null,
  browser: 'Chrome',
  browserVersion: null,
  os: 'Windows',
  platform: 'desktop',
  referrerHost: null,
  botAgent: null,
  ipPrefix: null,
  userAgent: null,
};

/**
 * Inserts clicks with fixed timestamps with the click writer's own statement (one per call, like its
 * batches), so the aggregate triggers run exactly as in production.
 */
export async function insertClicks(db: DataSource, linkId: string, clicks: ClickRow[]): Promise<void> {
  const rows = clicks.map(({ at, ...fields }) => ({
    ...DEFAULTS,
    ...fields,
    linkId,
    clickedAt: new Date(at),
  }));
  await db.query(INSERT_CLICKS_SQL, insertClicksParams(rows));
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
