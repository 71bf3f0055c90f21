import { Campaign } from './campaign.entity';
import { Recipient } from './recipient.entity';

/** The campaign domain's tables, for the DataSource (listed in domains.ts). */
export const campaignEntities = [Campaign, Recipient];
