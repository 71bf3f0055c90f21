import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Link } from '../links/link.entity';
import type { LinkReader } from '../links/link.reader';
import { Campaign } from './campaign.entity';
import type { FunnelService } from './funnel.service';
import type { CampaignFunnel } from './funnel.types';
import { type Recipient } from './recipient.entity';
import { toRecipient } from './recipient.service';

type CountRow = { campaign_id: string; n: string };
const countsInOrder = (keys: readonly string[], rows: CountRow[]) => {
  const byId = new Map(rows.map((r) => [r.campaign_id, Number(r.n)]));
  return keys.map((k) => byId.get(k) ?? 0);
};

/**
 * Per-request loaders of the campaign domain, scoped to the caller's account: a page of links or
 * recipients reads its campaigns, recipients and counts in one query each.
 */
export function createCampaignLoaders(
  db: DataSource,
  links: LinkReader,
  accountId: string | null,
  funnels: FunnelService,
) {
  return {
    funnelByCampaignId: new DataLoader<string, CampaignFunnel>(async (ids) => {
      if (!accountId) return ids.map(() => new Error('Campaign not found'));
      const byId = await funnels.funnels(accountId, ids);
      return ids.map((id) => byId.get(id) ?? new Error('Campaign not found'));
    }),
    campaignById: new DataLoader<string, Campaign | null>(async (ids) => {
      if (!accountId) return ids.map(() => null);
      const rows = await db
        .getRepository(Campaign)
        .createQueryBuilder('c')
        .where('c.id = ANY(:ids) AND c.account_id = :accountId', { ids, accountId })
        .getMany();
      const byId = new Map(rows.map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    linkById: new DataLoader<string, Link | null>(async (ids) => {
      if (!accountId) return ids.map(() => null);
      const byId = new Map((await links.entities(accountId, ids)).map((l) => [l.id, l]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    recipientByLinkId: new DataLoader<string, Recipient | null>(async (linkIds) => {
      if (!accountId) return linkIds.map(() => null);
      const rows: Record<string, unknown>[] = await db.query(
        `SELECT r.* FROM recipients r JOIN campaigns c ON c.id = r.campaign_id
          WHERE r.link_id = ANY($1::uuid[]) AND c.account_id = $2`,
        [linkIds, accountId],
      );
      const byLink = new Map(rows.map((r) => [r.link_id as string, toRecipient(r)]));
      return linkIds.map((id) => byLink.get(id) ?? null);
    }),
    linkCountByCampaignId: new DataLoader<string, number>(async (ids) => {
      if (!accountId) return ids.map(() => 0);
      const counts = await links.countByCampaign(accountId, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    recipientCountByCampaignId: new DataLoader<string, number>(async (ids) => {
      if (!accountId) return ids.map(() => 0);
      const rows: CountRow[] = await db.query(
        `SELECT r.campaign_id, count(*) AS n FROM recipients r JOIN campaigns c ON c.id = r.campaign_id
          WHERE r.campaign_id = ANY($1::uuid[]) AND c.account_id = $2 GROUP BY r.campaign_id`,
        [ids, accountId],
      );
      return countsInOrder(ids, rows);
    }),
  };
}

export type CampaignLoaders = ReturnType<typeof createCampaignLoaders>;
