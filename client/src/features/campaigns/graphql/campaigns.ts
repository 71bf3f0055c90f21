import { graphql } from '../../../gql';

/** One campaign as the list holds it: its row and the dialogs opened from the row. */
export const CampaignListItem = graphql(`
  fragment CampaignListItem on Campaign {
    id
    ...CampaignsTable_campaigns
    ...CampaignFormDialog_campaign
    ...DeleteCampaignDialog_campaign
  }
`);

export const CampaignsDocument = graphql(`
  query Campaigns($search: String, $first: Int, $after: String) {
    campaigns(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CampaignListItem
      }
    }
  }
`);

/** The campaign page: its header and everything opened from it. */
export const CampaignDocument = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      id
      name
      channel
      destinationUrl
      currency
      conversionTracking
      createdAt
      recipientCount
      linkCount
      ...CampaignFunnel_campaign
      ...CampaignFormDialog_campaign
      ...DeleteCampaignDialog_campaign
    }
  }
`);

/** The funnel has its own query: it loads, fails and refreshes apart from the page around it. */
export const CampaignFunnelDocument = graphql(`
  query CampaignFunnel($campaignId: ID!) {
    funnel(campaignId: $campaignId) {
      ...CampaignFunnel_funnel
    }
  }
`);

export const CampaignClickStatsDocument = graphql(`
  query CampaignClickStats(
    $campaignId: ID!
    $filter: ClickStatsFilter
    $interval: Interval
    $excludeBots: Boolean
  ) {
    campaignClickStats(
      campaignId: $campaignId
      filter: $filter
      interval: $interval
      excludeBots: $excludeBots
    ) {
      ...ClickAnalytics_stats
    }
  }
`);

export const RecipientsDocument = graphql(`
  query Recipients(
    $campaignId: ID!
    $search: String
    $status: DeliveryStatus
    $clicked: Boolean
    $converted: Boolean
    $first: Int
    $after: String
  ) {
    recipients(
      campaignId: $campaignId
      search: $search
      status: $status
      clicked: $clicked
      converted: $converted
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...RecipientsTable_recipients
      }
    }
  }
`);

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      ...CampaignListItem
    }
  }
`);

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      id
      name
      channel
      destinationUrl
      currency
      conversionTracking
      ...CampaignListItem
    }
  }
`);

export const DeleteCampaignDocument = graphql(`
  mutation DeleteCampaign($id: ID!) {
    deleteCampaign(id: $id)
  }
`);

/** Only ids come back: a 10,000-row answer stays small, and the table is read again afterwards. */
export const AddRecipientsDocument = graphql(`
  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!) {
    addRecipients(campaignId: $campaignId, recipients: $recipients) {
      id
    }
  }
`);

/** Only the counts come back; unknown ids are listed so the marketer can check the report. */
export const RecordDeliveriesDocument = graphql(`
  mutation RecordDeliveries($campaignId: ID!, $events: [DeliveryEventInput!]!) {
    recordDeliveries(campaignId: $campaignId, events: $events) {
      accepted
      unknownExternalIds
    }
  }
`);

/** The recipients CSV: the personal short links to paste into the bulk-send tool, later the result sheet. */
export const recipientsCsvUrl = (campaignId: string): string =>
  `/api/campaigns/${encodeURIComponent(campaignId)}/recipients.csv`;
