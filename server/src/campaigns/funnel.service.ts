import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { isLinkPreview } from '../clicks/classify';
import { BREAKDOWN_GRAIN_HOURS } from '../clicks/click-aggregates';
import { notFound } from '../shared/errors';
import { isUuid } from '../shared/ids';
import type { CampaignFunnel } from './funnel.types';

interface CountsRow {
  id: string;
  recipients: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  clicked: number;
  converted: number;
  conversions: number;
  conversionValue: string;
  total: string;
  unique: string;
  bots: string;
  timingVersion: string;
}

// The sum of a campaign's counter rows: at most 16 of them, whatever the campaign's size.
const COUNTS = `
  SELECT c.id, coalesce(sum(f.recipients), 0)::int AS recipients, coalesce(sum(f.sent), 0)::int AS sent,
         coalesce(sum(f.delivered), 0)::int AS delivered, coalesce(sum(f.read), 0)::int AS read,
         coalesce(sum(f.failed), 0)::int AS failed, coalesce(sum(f.clicked), 0)::int AS clicked,
         coalesce(sum(f.converted), 0)::int AS converted, coalesce(sum(f.conversions), 0)::int AS conversions,
         coalesce(sum(f.conversion_value), 0)::text AS "conversionValue",
         coalesce(sum(f.clicks), 0)::text AS total, coalesce(sum(f.uniques), 0)::text AS unique,
         coalesce(sum(f.bots), 0)::text AS bots, coalesce(sum(f.timing_version), 0)::text AS "timingVersion"
    FROM campaigns c LEFT JOIN campaign_funnel_counts f ON f.campaign_id = c.id
   WHERE c.id = ANY($1::uuid[]) AND c.account_id = $2
   GROUP BY c.id`;

// deliveredAt → firstClickedAt of clicked recipients with a delivery time (index recipients_click_delay_idx).
const MEDIANS = `
  SELECT campaign_id AS id,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', first_clicked_at - delivered_at)) AS median
    FROM recipients
   WHERE campaign_id = ANY($1::uuid[]) AND delivered_at IS NOT NULL AND first_clicked_at IS NOT NULL
   GROUP BY campaign_id`;

// Bot clicks per agent over the campaign's life: every breakdown grain holds every click, so the
// coarsest (64-day blocks) has the fewest rows. Previews are the agents that fetch a pasted link.
const COARSEST_GRAIN = BREAKDOWN_GRAIN_HOURS[BREAKDOWN_GRAIN_HOURS.length - 1];
const BOT_AGENTS = `
  SELECT campaign_id AS id, value, sum(bots)::text AS bots
    FROM campaign_click_breakdowns
   WHERE campaign_id = ANY($1::uuid[]) AND grain = $2 AND dimension = 'a' AND bots > 0
   GROUP BY campaign_id, value`;

/**
 * The funnel of campaigns, read from counters kept current by the writes (campaign_funnel_counts): no
 * counting at read time. The median time to click is the one figure that cannot be kept as a sum: it is
 * computed from the recipients, and remembered until the campaign's timing_version moves (every change
 * of a clicked recipient's deliveredAt or firstClickedAt adds to it, in the same transaction).
 */
export class FunnelService {
  private readonly medians = new LRUCache<string, { version: string; median: number | null }>({
    max: 10_000,
  });

  constructor(private readonly db: DataSource) {}

  /** NOT_FOUND for a missing, malformed or foreign campaign. */
  async funnel(accountId: string, campaignId: string): Promise<CampaignFunnel> {
    if (!isUuid(campaignId)) throw notFound('Campaign');
    const funnel = (await this.funnels(accountId, [campaignId])).get(campaignId);
    if (!funnel) throw notFound('Campaign');
    return funnel;
  }

  /** The account's campaigns among `campaignIds` (others are absent), in two queries at most. */
  async funnels(accountId: string, campaignIds: readonly string[]): Promise<Map<string, CampaignFunnel>> {
    const ids = campaignIds.filter(isUuid);
    const out = new Map<string, CampaignFunnel>();
    if (ids.length === 0) return out;
    const [rows, agents] = await Promise.all([
      this.db.query<CountsRow[]>(COUNTS, [ids, accountId]),
      this.db.query<{ id: string; value: string; bots: string }[]>(BOT_AGENTS, [ids, COARSEST_GRAIN]),
    ]);
    const previews = new Map<string, number>();
    for (const a of agents)
      if (isLinkPreview(a.value)) previews.set(a.id, (previews.get(a.id) ?? 0) + Number(a.bots));
    const stale = rows.filter((r) => this.medians.get(r.id)?.version !== r.timingVersion);
    if (stale.length > 0) {
      const medians = await this.db.query<{ id: string; median: number | null }[]>(MEDIANS, [
        stale.map((r) => r.id),
      ]);
      const byId = new Map(medians.map((m) => [m.id, m.median === null ? null : Number(m.median)]));
      // Read after the counters: a median newer than its version is only ever replaced, never served stale.
      for (const r of stale)
        this.medians.set(r.id, { version: r.timingVersion, median: byId.get(r.id) ?? null });
    }
    for (const r of rows)
      out.set(r.id, {
        recipients: r.recipients,
        sent: r.sent,
        delivered: r.delivered,
        read: r.read,
        failed: r.failed,
        clicked: r.clicked,
        converted: r.converted,
        conversions: r.conversions,
        conversionValue: Number(r.conversionValue),
        clicks: {
          total: Number(r.total),
          unique: Number(r.unique),
          bots: Number(r.bots),
          repeat: Number(r.total) - Number(r.unique) - Number(r.bots),
          excludedBots: 0,
          previews: previews.get(r.id) ?? 0,
        },
        medianSecondsToClick: this.medians.get(r.id)?.median ?? null,
      });
    return out;
  }
}
