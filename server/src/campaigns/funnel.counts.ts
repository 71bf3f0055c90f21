import type { Queryable } from '../shared/events';

/** Changes to a campaign's funnel counters, made in the transaction of the write that causes them. */
export interface FunnelDelta {
  recipients?: number;
  converted?: number;
  conversions?: number;
  conversionValue?: number;
}

/** Counter rows per campaign: each write adds to a random one, so concurrent writers rarely queue. */
export const FUNNEL_SHARDS = 16;
export const randomShard = () => Math.floor(Math.random() * FUNNEL_SHARDS);

const ADD = `
  INSERT INTO campaign_funnel_counts AS f (campaign_id, shard, recipients, converted, conversions, conversion_value)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (campaign_id, shard) DO UPDATE
    SET recipients = f.recipients + EXCLUDED.recipients, converted = f.converted + EXCLUDED.converted,
        conversions = f.conversions + EXCLUDED.conversions,
        conversion_value = f.conversion_value + EXCLUDED.conversion_value`;

/** Adds to the campaign's counters (delivery counts are added by recordDeliveries' own statement). */
export async function addFunnelCounts(q: Queryable, campaignId: string, delta: FunnelDelta): Promise<void> {
  const values = [
    delta.recipients ?? 0,
    delta.converted ?? 0,
    delta.conversions ?? 0,
    delta.conversionValue ?? 0,
  ];
  if (values.every((v) => v === 0)) return;
  await q.query(ADD, [campaignId, randomShard(), ...values.slice(0, 3), String(values[3])]);
}
