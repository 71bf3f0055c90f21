import { Campaign } from './campaign.entity';
import { Recipient } from './recipient.entity';

/** The campaign domain's tables, for the DataSource (kept apart from index.ts, which pulls in services). */
export const campaignEntities = [Campaign, Recipient];
