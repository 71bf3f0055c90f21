import type { SignedUpClient } from './graphql';

export const CAMPAIGN_FIELDS = `id name channel destinationUrl currency conversionTracking createdAt updatedAt linkCount recipientCount`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const RECIPIENT_FIELDS = `id externalId status sentAt deliveredAt readAt failedAt firstClickedAt clicks conversions conversionValue
  link { id code shortUrl destinationUrl campaign { id } recipient { id externalId } }`;
const ADD = `mutation($campaignId: ID!, $recipients: [RecipientInput!]!) {
  addRecipients(campaignId: $campaignId, recipients: $recipients) { ${RECIPIENT_FIELDS} } }`;

export interface CampaignData {
  id: string;
  name: string;
  channel: string;
  destinationUrl: string | null;
  currency: string;
  conversionTracking: boolean;
  linkCount: number;
  recipientCount: number;
}
export interface RecipientData {
  id: string;
  externalId: string;
  status: string;
  clicks: number;
  firstClickedAt: string | null;
  conversions: number;
  conversionValue: number;
  link: { id: string; code: string; shortUrl: string; destinationUrl: string };
}

export async function createCampaign(client: SignedUpClient, input: Record<string, unknown> = {}) {
  const { createCampaign } = await client.ok<{ createCampaign: CampaignData }>(CREATE, {
    input: { name: 'Spring sale', destinationUrl: 'https://shop.example/spring', ...input },
  });
  return createCampaign;
}

export async function addRecipients(
  client: SignedUpClient,
  campaignId: string,
  recipients: Record<string, unknown>[],
): Promise<RecipientData[]> {
  const { addRecipients } = await client.ok<{ addRecipients: RecipientData[] }>(ADD, {
    campaignId,
    recipients,
  });
  return addRecipients;
}
