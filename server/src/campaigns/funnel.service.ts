import type { DataSource } from 'typeorm';
import type { CampaignFunnel } from './funnel.types';

/** The funnel of campaigns, read from counters kept current by the writes (no counting at read time). */
export class FunnelService {
  constructor(private readonly db: DataSource) {}

  // eslint-disable-next-line @typescript-eslint/require-await
  async funnel(_accountId: string, _campaignId: string): Promise<CampaignFunnel> {
    void this.db;
    throw new Error('Not implemented yet');
  }

  // eslint-disable-next-line @typescript-eslint/require-await
  async funnels(_accountId: string, _campaignIds: readonly string[]): Promise<Map<string, CampaignFunnel>> {
    throw new Error('Not implemented yet');
  }
}
