/**
 * What the campaign domain tells after COMMIT. Recipient links are created and deleted in bulk, without the
 * per-link `link.*` events (no webhook message per recipient link): their codes are announced here, once per
 * call, so the redirect cache can drop them.
 */
export interface CampaignEvents {
  'campaign.links.changed': { accountId: string; codes: string[] };
  /** Conversion tracking of the campaign changed: every link of it redirects differently. */
  'campaign.tracking.changed': { accountId: string; campaignId: string };
  /** Deliveries or a conversion were recorded (with their webhook messages, if any). */
  'campaign.events.recorded': { accountId: string };
}
