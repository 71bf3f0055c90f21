import { Campaigns1765000000000 } from './1765000000000-Campaigns';
import { CampaignSearchTrigrams1765250000000 } from './1765250000000-CampaignSearchTrigrams';
import { ClickIdIndex1765305000000 } from './1765305000000-ClickIdIndex';
import { ClickAggregates1764200000000 } from './1764200000000-ClickAggregates';
import { Funnel1765300000000 } from './1765300000000-Funnel';
import { Initial1764072000000 } from './1764072000000-Initial';
import { LinkSearchTrigrams1764500000000 } from './1764500000000-LinkSearchTrigrams';
import { LinkSearchWords1765330000000 } from './1765330000000-LinkSearchWords';
import { LoginFailures1764400000000 } from './1764400000000-LoginFailures';
import { RedirectReplicas1764090000000 } from './1764090000000-RedirectReplicas';
import { OrderedClickCounts1764300000000 } from './1764300000000-OrderedClickCounts';
import { SharedLinkCounts1765340000000 } from './1765340000000-SharedLinkCounts';
import { SharedLinkSearchTrigrams1765260000000 } from './1765260000000-SharedLinkSearchTrigrams';
import { StripBidiControls1764510000000 } from './1764510000000-StripBidiControls';
import { StripCampaignNameBidiControls1765320000000 } from './1765320000000-StripCampaignNameBidiControls';
import { UserPreferences1765310000000 } from './1765310000000-UserPreferences';
import { Webhooks1765100000000 } from './1765100000000-Webhooks';
import { WriterAggregates1765200000000 } from './1765200000000-WriterAggregates';

/** Every migration, in order. Add new ones at the end. */
export const migrations = [
  Initial1764072000000,
  RedirectReplicas1764090000000,
  ClickAggregates1764200000000,
  OrderedClickCounts1764300000000,
  LoginFailures1764400000000,
  LinkSearchTrigrams1764500000000,
  StripBidiControls1764510000000,
  Campaigns1765000000000,
  Webhooks1765100000000,
  WriterAggregates1765200000000,
  CampaignSearchTrigrams1765250000000,
  SharedLinkSearchTrigrams1765260000000,
  Funnel1765300000000,
  ClickIdIndex1765305000000,
  UserPreferences1765310000000,
  StripCampaignNameBidiControls1765320000000,
  LinkSearchWords1765330000000,
  SharedLinkCounts1765340000000,
];
