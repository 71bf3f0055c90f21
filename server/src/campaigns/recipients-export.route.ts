import type { Request } from 'express';
import type { Viewer } from '../accounts/viewer';
import { csvDownloadHandler } from '../analytics/click-export.route';
import type { ExportedRecipient, RecipientService } from './recipient.service';

const HEADER = [
  'external_id',
  'short_url',
  'status',
  'sent_at',
  'delivered_at',
  'read_at',
  'failed_at',
  'first_clicked_at',
  'clicks',
  'conversions',
  'conversion_value',
];

const iso = (at: Date | null) => (at ? at.toISOString() : null);

function csvRow(r: ExportedRecipient, shortUrl: string): (string | null)[] {
  return [
    r.externalId,
    shortUrl,
    r.status,
    iso(r.sentAt),
    iso(r.deliveredAt),
    iso(r.readAt),
    iso(r.failedAt),
    iso(r.firstClickedAt),
    String(r.clicks),
    String(r.conversions),
    String(r.conversionValue),
  ];
}

/**
 * GET /api/campaigns/:id/recipients.csv — every recipient with their short URL and funnel state, in
 * upload order: the sheet a marketer pastes into a bulk-send tool, and later the result sheet.
 * 404 for a missing or foreign campaign.
 */
export function createRecipientsExportHandler(
  recipients: RecipientService,
  shortUrl: (code: string) => string,
  viewerFor: (req: Request) => Promise<Viewer | null>,
) {
  return csvDownloadHandler(viewerFor, async (viewer, req) => {
    const campaignId = req.params.id as string;
    await recipients.requireCampaign(viewer.accountId, campaignId);
    async function* pages() {
      for await (const page of recipients.export(viewer.accountId, campaignId))
        yield page.map((r) => csvRow(r, shortUrl(r.code)));
    }
    return { filename: `campaign-${campaignId}-recipients.csv`, header: HEADER.join(','), pages: pages() };
  });
}
