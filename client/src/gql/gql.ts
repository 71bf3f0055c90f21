/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment Breakdowns_stats on ClickStats {\n    countries {\n      code\n      name\n      clicks\n    }\n    browsers {\n      name\n      clicks\n    }\n    platforms {\n      name\n      clicks\n    }\n    operatingSystems {\n      name\n      clicks\n    }\n    referrers {\n      name\n      clicks\n    }\n    botAgents {\n      name\n      clicks\n    }\n  }\n": typeof types.Breakdowns_StatsFragmentDoc,
    "\n  fragment ClickAnalytics_stats on ClickStats {\n    totals {\n      bots\n    }\n    ...SummaryCards_stats\n    ...ClicksChart_stats\n    ...ClickMap_stats\n    ...Breakdowns_stats\n  }\n": typeof types.ClickAnalytics_StatsFragmentDoc,
    "\n  fragment ClickMap_stats on ClickStats {\n    locations {\n      latitude\n      longitude\n      city\n      country\n      clicks\n    }\n  }\n": typeof types.ClickMap_StatsFragmentDoc,
    "\n  fragment ClicksChart_stats on ClickStats {\n    series {\n      start\n      total\n      unique\n      bots\n    }\n  }\n": typeof types.ClicksChart_StatsFragmentDoc,
    "\n  fragment LinkPanel_link on Link {\n    code\n    title\n    status\n    shortUrl\n    destinationUrl\n    clickCount\n    createdAt\n    expiresAt\n  }\n": typeof types.LinkPanel_LinkFragmentDoc,
    "\n  fragment SummaryCards_stats on ClickStats {\n    totals {\n      total\n      unique\n      repeat\n      bots\n      excludedBots\n      previews\n    }\n    linkPreviews {\n      name\n      clicks\n    }\n  }\n": typeof types.SummaryCards_StatsFragmentDoc,
    "\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      id\n      code\n      title\n      shortUrl\n      status\n      createdAt\n      ...LinkPanel_link\n      ...LinkFormDialog_link\n      ...DeleteLinkDialog_link\n    }\n  }\n": typeof types.LinkDetailsDocument,
    "\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      ...ClickAnalytics_stats\n    }\n  }\n": typeof types.ClickStatsDocument,
    "\n  fragment ApiKeysTable_apiKeys on ApiKey {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n": typeof types.ApiKeysTable_ApiKeysFragmentDoc,
    "\n  fragment RevokeApiKeyDialog_apiKey on ApiKey {\n    id\n    name\n    prefix\n  }\n": typeof types.RevokeApiKeyDialog_ApiKeyFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeysTable_apiKeys\n      ...RevokeApiKeyDialog_apiKey\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment AccountMenu_viewer on Viewer {\n    id\n    email\n    account {\n      id\n      name\n    }\n  }\n": typeof types.AccountMenu_ViewerFragmentDoc,
    "\n  fragment SignedInViewer on Viewer {\n    id\n    email\n    account {\n      id\n      shortUrlBase\n    }\n    preferences {\n      excludeBots\n    }\n    ...AccountMenu_viewer\n  }\n": typeof types.SignedInViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInViewer\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignedInViewer\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SignedInViewer\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      id\n      preferences {\n        excludeBots\n      }\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  fragment CampaignFormDialog_campaign on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    currency\n    conversionTracking\n  }\n": typeof types.CampaignFormDialog_CampaignFragmentDoc,
    "\n  fragment CampaignFunnel_campaign on Campaign {\n    id\n    channel\n    currency\n    conversionTracking\n  }\n": typeof types.CampaignFunnel_CampaignFragmentDoc,
    "\n  fragment CampaignFunnel_funnel on CampaignFunnel {\n    recipients\n    sent\n    delivered\n    read\n    failed\n    clicked\n    converted\n    conversions\n    conversionValue\n    medianSecondsToClick\n  }\n": typeof types.CampaignFunnel_FunnelFragmentDoc,
    "\n  fragment CampaignsTable_campaigns on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    recipientCount\n    createdAt\n    funnel {\n      recipients\n      sent\n      delivered\n      failed\n      clicked\n      converted\n    }\n  }\n": typeof types.CampaignsTable_CampaignsFragmentDoc,
    "\n  fragment DeleteCampaignDialog_campaign on Campaign {\n    id\n    name\n    recipientCount\n    linkCount\n  }\n": typeof types.DeleteCampaignDialog_CampaignFragmentDoc,
    "\n  fragment RecipientsTable_recipients on Recipient {\n    id\n    externalId\n    status\n    sentAt\n    deliveredAt\n    readAt\n    failedAt\n    clicks\n    firstClickedAt\n    conversions\n    conversionValue\n    link {\n      id\n      shortUrl\n    }\n  }\n": typeof types.RecipientsTable_RecipientsFragmentDoc,
    "\n  fragment CampaignListItem on Campaign {\n    id\n    ...CampaignsTable_campaigns\n    ...CampaignFormDialog_campaign\n    ...DeleteCampaignDialog_campaign\n  }\n": typeof types.CampaignListItemFragmentDoc,
    "\n  query Campaigns($search: String, $first: Int, $after: String) {\n    campaigns(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignListItem\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      createdAt\n      recipientCount\n      linkCount\n      ...CampaignFunnel_campaign\n      ...CampaignFormDialog_campaign\n      ...DeleteCampaignDialog_campaign\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query CampaignFunnel($campaignId: ID!) {\n    funnel(campaignId: $campaignId) {\n      ...CampaignFunnel_funnel\n    }\n  }\n": typeof types.CampaignFunnelDocument,
    "\n  query CampaignClickStats(\n    $campaignId: ID!\n    $filter: ClickStatsFilter\n    $interval: Interval\n    $excludeBots: Boolean\n  ) {\n    campaignClickStats(\n      campaignId: $campaignId\n      filter: $filter\n      interval: $interval\n      excludeBots: $excludeBots\n    ) {\n      ...ClickAnalytics_stats\n    }\n  }\n": typeof types.CampaignClickStatsDocument,
    "\n  query Recipients(\n    $campaignId: ID!\n    $search: String\n    $status: DeliveryStatus\n    $clicked: Boolean\n    $converted: Boolean\n    $first: Int\n    $after: String\n  ) {\n    recipients(\n      campaignId: $campaignId\n      search: $search\n      status: $status\n      clicked: $clicked\n      converted: $converted\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...RecipientsTable_recipients\n      }\n    }\n  }\n": typeof types.RecipientsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      ...CampaignListItem\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      ...CampaignListItem\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": typeof types.DeleteCampaignDocument,
    "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients) {\n      id\n    }\n  }\n": typeof types.AddRecipientsDocument,
    "\n  mutation RecordDeliveries($campaignId: ID!, $events: [DeliveryEventInput!]!) {\n    recordDeliveries(campaignId: $campaignId, events: $events) {\n      accepted\n      unknownExternalIds\n    }\n  }\n": typeof types.RecordDeliveriesDocument,
    "\n  fragment DeleteLinkDialog_link on Link {\n    id\n    title\n    shortUrl\n    clickCount\n  }\n": typeof types.DeleteLinkDialog_LinkFragmentDoc,
    "\n  fragment LinkFormDialog_link on Link {\n    id\n    code\n    destinationUrl\n    title\n    expiresAt\n    conversionTracking\n  }\n": typeof types.LinkFormDialog_LinkFragmentDoc,
    "\n  fragment LinksTable_links on Link {\n    id\n    code\n    title\n    shortUrl\n    destinationUrl\n    status\n    clickCount\n    createdAt\n  }\n": typeof types.LinksTable_LinksFragmentDoc,
    "\n  fragment LinkListItem on Link {\n    id\n    ...LinksTable_links\n    ...LinkFormDialog_link\n    ...DeleteLinkDialog_link\n  }\n": typeof types.LinkListItemFragmentDoc,
    "\n  query Links($search: String, $first: Int, $after: String, $campaignId: ID) {\n    links(search: $search, first: $first, after: $after, campaignId: $campaignId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkListItem\n      }\n    }\n  }\n": typeof types.LinksDocument,
    "\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n": typeof types.CreateLinkDocument,
    "\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n": typeof types.UpdateLinkDocument,
    "\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n": typeof types.DeleteLinkDocument,
    "\n  fragment WebhookDeliveriesPage_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    disabledReason\n  }\n": typeof types.WebhookDeliveriesPage_WebhookFragmentDoc,
    "\n  fragment DeliveriesTable_delivery on WebhookDelivery {\n    id\n    type\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    createdAt\n    nextAttemptAt\n    deliveredAt\n  }\n": typeof types.DeliveriesTable_DeliveryFragmentDoc,
    "\n  fragment DeleteWebhookDialog_webhook on Webhook {\n    id\n    url\n  }\n": typeof types.DeleteWebhookDialog_WebhookFragmentDoc,
    "\n  fragment WebhooksTable_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n    disabledReason\n  }\n": typeof types.WebhooksTable_WebhookFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      id\n      ...WebhooksTable_webhook\n      ...DeleteWebhookDialog_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      ...WebhooksTable_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DeliveriesTable_delivery\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
};
const documents: Documents = {
    "\n  fragment Breakdowns_stats on ClickStats {\n    countries {\n      code\n      name\n      clicks\n    }\n    browsers {\n      name\n      clicks\n    }\n    platforms {\n      name\n      clicks\n    }\n    operatingSystems {\n      name\n      clicks\n    }\n    referrers {\n      name\n      clicks\n    }\n    botAgents {\n      name\n      clicks\n    }\n  }\n": types.Breakdowns_StatsFragmentDoc,
    "\n  fragment ClickAnalytics_stats on ClickStats {\n    totals {\n      bots\n    }\n    ...SummaryCards_stats\n    ...ClicksChart_stats\n    ...ClickMap_stats\n    ...Breakdowns_stats\n  }\n": types.ClickAnalytics_StatsFragmentDoc,
    "\n  fragment ClickMap_stats on ClickStats {\n    locations {\n      latitude\n      longitude\n      city\n      country\n      clicks\n    }\n  }\n": types.ClickMap_StatsFragmentDoc,
    "\n  fragment ClicksChart_stats on ClickStats {\n    series {\n      start\n      total\n      unique\n      bots\n    }\n  }\n": types.ClicksChart_StatsFragmentDoc,
    "\n  fragment LinkPanel_link on Link {\n    code\n    title\n    status\n    shortUrl\n    destinationUrl\n    clickCount\n    createdAt\n    expiresAt\n  }\n": types.LinkPanel_LinkFragmentDoc,
    "\n  fragment SummaryCards_stats on ClickStats {\n    totals {\n      total\n      unique\n      repeat\n      bots\n      excludedBots\n      previews\n    }\n    linkPreviews {\n      name\n      clicks\n    }\n  }\n": types.SummaryCards_StatsFragmentDoc,
    "\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      id\n      code\n      title\n      shortUrl\n      status\n      createdAt\n      ...LinkPanel_link\n      ...LinkFormDialog_link\n      ...DeleteLinkDialog_link\n    }\n  }\n": types.LinkDetailsDocument,
    "\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      ...ClickAnalytics_stats\n    }\n  }\n": types.ClickStatsDocument,
    "\n  fragment ApiKeysTable_apiKeys on ApiKey {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n": types.ApiKeysTable_ApiKeysFragmentDoc,
    "\n  fragment RevokeApiKeyDialog_apiKey on ApiKey {\n    id\n    name\n    prefix\n  }\n": types.RevokeApiKeyDialog_ApiKeyFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeysTable_apiKeys\n      ...RevokeApiKeyDialog_apiKey\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment AccountMenu_viewer on Viewer {\n    id\n    email\n    account {\n      id\n      name\n    }\n  }\n": types.AccountMenu_ViewerFragmentDoc,
    "\n  fragment SignedInViewer on Viewer {\n    id\n    email\n    account {\n      id\n      shortUrlBase\n    }\n    preferences {\n      excludeBots\n    }\n    ...AccountMenu_viewer\n  }\n": types.SignedInViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInViewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignedInViewer\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SignedInViewer\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      id\n      preferences {\n        excludeBots\n      }\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  fragment CampaignFormDialog_campaign on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    currency\n    conversionTracking\n  }\n": types.CampaignFormDialog_CampaignFragmentDoc,
    "\n  fragment CampaignFunnel_campaign on Campaign {\n    id\n    channel\n    currency\n    conversionTracking\n  }\n": types.CampaignFunnel_CampaignFragmentDoc,
    "\n  fragment CampaignFunnel_funnel on CampaignFunnel {\n    recipients\n    sent\n    delivered\n    read\n    failed\n    clicked\n    converted\n    conversions\n    conversionValue\n    medianSecondsToClick\n  }\n": types.CampaignFunnel_FunnelFragmentDoc,
    "\n  fragment CampaignsTable_campaigns on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    recipientCount\n    createdAt\n    funnel {\n      recipients\n      sent\n      delivered\n      failed\n      clicked\n      converted\n    }\n  }\n": types.CampaignsTable_CampaignsFragmentDoc,
    "\n  fragment DeleteCampaignDialog_campaign on Campaign {\n    id\n    name\n    recipientCount\n    linkCount\n  }\n": types.DeleteCampaignDialog_CampaignFragmentDoc,
    "\n  fragment RecipientsTable_recipients on Recipient {\n    id\n    externalId\n    status\n    sentAt\n    deliveredAt\n    readAt\n    failedAt\n    clicks\n    firstClickedAt\n    conversions\n    conversionValue\n    link {\n      id\n      shortUrl\n    }\n  }\n": types.RecipientsTable_RecipientsFragmentDoc,
    "\n  fragment CampaignListItem on Campaign {\n    id\n    ...CampaignsTable_campaigns\n    ...CampaignFormDialog_campaign\n    ...DeleteCampaignDialog_campaign\n  }\n": types.CampaignListItemFragmentDoc,
    "\n  query Campaigns($search: String, $first: Int, $after: String) {\n    campaigns(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignListItem\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      createdAt\n      recipientCount\n      linkCount\n      ...CampaignFunnel_campaign\n      ...CampaignFormDialog_campaign\n      ...DeleteCampaignDialog_campaign\n    }\n  }\n": types.CampaignDocument,
    "\n  query CampaignFunnel($campaignId: ID!) {\n    funnel(campaignId: $campaignId) {\n      ...CampaignFunnel_funnel\n    }\n  }\n": types.CampaignFunnelDocument,
    "\n  query CampaignClickStats(\n    $campaignId: ID!\n    $filter: ClickStatsFilter\n    $interval: Interval\n    $excludeBots: Boolean\n  ) {\n    campaignClickStats(\n      campaignId: $campaignId\n      filter: $filter\n      interval: $interval\n      excludeBots: $excludeBots\n    ) {\n      ...ClickAnalytics_stats\n    }\n  }\n": types.CampaignClickStatsDocument,
    "\n  query Recipients(\n    $campaignId: ID!\n    $search: String\n    $status: DeliveryStatus\n    $clicked: Boolean\n    $converted: Boolean\n    $first: Int\n    $after: String\n  ) {\n    recipients(\n      campaignId: $campaignId\n      search: $search\n      status: $status\n      clicked: $clicked\n      converted: $converted\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...RecipientsTable_recipients\n      }\n    }\n  }\n": types.RecipientsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      ...CampaignListItem\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      ...CampaignListItem\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": types.DeleteCampaignDocument,
    "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients) {\n      id\n    }\n  }\n": types.AddRecipientsDocument,
    "\n  mutation RecordDeliveries($campaignId: ID!, $events: [DeliveryEventInput!]!) {\n    recordDeliveries(campaignId: $campaignId, events: $events) {\n      accepted\n      unknownExternalIds\n    }\n  }\n": types.RecordDeliveriesDocument,
    "\n  fragment DeleteLinkDialog_link on Link {\n    id\n    title\n    shortUrl\n    clickCount\n  }\n": types.DeleteLinkDialog_LinkFragmentDoc,
    "\n  fragment LinkFormDialog_link on Link {\n    id\n    code\n    destinationUrl\n    title\n    expiresAt\n    conversionTracking\n  }\n": types.LinkFormDialog_LinkFragmentDoc,
    "\n  fragment LinksTable_links on Link {\n    id\n    code\n    title\n    shortUrl\n    destinationUrl\n    status\n    clickCount\n    createdAt\n  }\n": types.LinksTable_LinksFragmentDoc,
    "\n  fragment LinkListItem on Link {\n    id\n    ...LinksTable_links\n    ...LinkFormDialog_link\n    ...DeleteLinkDialog_link\n  }\n": types.LinkListItemFragmentDoc,
    "\n  query Links($search: String, $first: Int, $after: String, $campaignId: ID) {\n    links(search: $search, first: $first, after: $after, campaignId: $campaignId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkListItem\n      }\n    }\n  }\n": types.LinksDocument,
    "\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n": types.CreateLinkDocument,
    "\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n": types.UpdateLinkDocument,
    "\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n": types.DeleteLinkDocument,
    "\n  fragment WebhookDeliveriesPage_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    disabledReason\n  }\n": types.WebhookDeliveriesPage_WebhookFragmentDoc,
    "\n  fragment DeliveriesTable_delivery on WebhookDelivery {\n    id\n    type\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    createdAt\n    nextAttemptAt\n    deliveredAt\n  }\n": types.DeliveriesTable_DeliveryFragmentDoc,
    "\n  fragment DeleteWebhookDialog_webhook on Webhook {\n    id\n    url\n  }\n": types.DeleteWebhookDialog_WebhookFragmentDoc,
    "\n  fragment WebhooksTable_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n    disabledReason\n  }\n": types.WebhooksTable_WebhookFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      id\n      ...WebhooksTable_webhook\n      ...DeleteWebhookDialog_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n": types.WebhooksDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      ...WebhooksTable_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DeliveriesTable_delivery\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Breakdowns_stats on ClickStats {\n    countries {\n      code\n      name\n      clicks\n    }\n    browsers {\n      name\n      clicks\n    }\n    platforms {\n      name\n      clicks\n    }\n    operatingSystems {\n      name\n      clicks\n    }\n    referrers {\n      name\n      clicks\n    }\n    botAgents {\n      name\n      clicks\n    }\n  }\n"): (typeof documents)["\n  fragment Breakdowns_stats on ClickStats {\n    countries {\n      code\n      name\n      clicks\n    }\n    browsers {\n      name\n      clicks\n    }\n    platforms {\n      name\n      clicks\n    }\n    operatingSystems {\n      name\n      clicks\n    }\n    referrers {\n      name\n      clicks\n    }\n    botAgents {\n      name\n      clicks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClickAnalytics_stats on ClickStats {\n    totals {\n      bots\n    }\n    ...SummaryCards_stats\n    ...ClicksChart_stats\n    ...ClickMap_stats\n    ...Breakdowns_stats\n  }\n"): (typeof documents)["\n  fragment ClickAnalytics_stats on ClickStats {\n    totals {\n      bots\n    }\n    ...SummaryCards_stats\n    ...ClicksChart_stats\n    ...ClickMap_stats\n    ...Breakdowns_stats\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClickMap_stats on ClickStats {\n    locations {\n      latitude\n      longitude\n      city\n      country\n      clicks\n    }\n  }\n"): (typeof documents)["\n  fragment ClickMap_stats on ClickStats {\n    locations {\n      latitude\n      longitude\n      city\n      country\n      clicks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClicksChart_stats on ClickStats {\n    series {\n      start\n      total\n      unique\n      bots\n    }\n  }\n"): (typeof documents)["\n  fragment ClicksChart_stats on ClickStats {\n    series {\n      start\n      total\n      unique\n      bots\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkPanel_link on Link {\n    code\n    title\n    status\n    shortUrl\n    destinationUrl\n    clickCount\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment LinkPanel_link on Link {\n    code\n    title\n    status\n    shortUrl\n    destinationUrl\n    clickCount\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryCards_stats on ClickStats {\n    totals {\n      total\n      unique\n      repeat\n      bots\n      excludedBots\n      previews\n    }\n    linkPreviews {\n      name\n      clicks\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryCards_stats on ClickStats {\n    totals {\n      total\n      unique\n      repeat\n      bots\n      excludedBots\n      previews\n    }\n    linkPreviews {\n      name\n      clicks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      id\n      code\n      title\n      shortUrl\n      status\n      createdAt\n      ...LinkPanel_link\n      ...LinkFormDialog_link\n      ...DeleteLinkDialog_link\n    }\n  }\n"): (typeof documents)["\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      id\n      code\n      title\n      shortUrl\n      status\n      createdAt\n      ...LinkPanel_link\n      ...LinkFormDialog_link\n      ...DeleteLinkDialog_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      ...ClickAnalytics_stats\n    }\n  }\n"): (typeof documents)["\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      ...ClickAnalytics_stats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeysTable_apiKeys on ApiKey {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeysTable_apiKeys on ApiKey {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevokeApiKeyDialog_apiKey on ApiKey {\n    id\n    name\n    prefix\n  }\n"): (typeof documents)["\n  fragment RevokeApiKeyDialog_apiKey on ApiKey {\n    id\n    name\n    prefix\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeysTable_apiKeys\n      ...RevokeApiKeyDialog_apiKey\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeysTable_apiKeys\n      ...RevokeApiKeyDialog_apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountMenu_viewer on Viewer {\n    id\n    email\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccountMenu_viewer on Viewer {\n    id\n    email\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInViewer on Viewer {\n    id\n    email\n    account {\n      id\n      shortUrlBase\n    }\n    preferences {\n      excludeBots\n    }\n    ...AccountMenu_viewer\n  }\n"): (typeof documents)["\n  fragment SignedInViewer on Viewer {\n    id\n    email\n    account {\n      id\n      shortUrlBase\n    }\n    preferences {\n      excludeBots\n    }\n    ...AccountMenu_viewer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SignedInViewer\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SignedInViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignedInViewer\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignedInViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SignedInViewer\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SignedInViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      id\n      preferences {\n        excludeBots\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      id\n      preferences {\n        excludeBots\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFormDialog_campaign on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    currency\n    conversionTracking\n  }\n"): (typeof documents)["\n  fragment CampaignFormDialog_campaign on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    currency\n    conversionTracking\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFunnel_campaign on Campaign {\n    id\n    channel\n    currency\n    conversionTracking\n  }\n"): (typeof documents)["\n  fragment CampaignFunnel_campaign on Campaign {\n    id\n    channel\n    currency\n    conversionTracking\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFunnel_funnel on CampaignFunnel {\n    recipients\n    sent\n    delivered\n    read\n    failed\n    clicked\n    converted\n    conversions\n    conversionValue\n    medianSecondsToClick\n  }\n"): (typeof documents)["\n  fragment CampaignFunnel_funnel on CampaignFunnel {\n    recipients\n    sent\n    delivered\n    read\n    failed\n    clicked\n    converted\n    conversions\n    conversionValue\n    medianSecondsToClick\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignsTable_campaigns on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    recipientCount\n    createdAt\n    funnel {\n      recipients\n      sent\n      delivered\n      failed\n      clicked\n      converted\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignsTable_campaigns on Campaign {\n    id\n    name\n    channel\n    destinationUrl\n    recipientCount\n    createdAt\n    funnel {\n      recipients\n      sent\n      delivered\n      failed\n      clicked\n      converted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeleteCampaignDialog_campaign on Campaign {\n    id\n    name\n    recipientCount\n    linkCount\n  }\n"): (typeof documents)["\n  fragment DeleteCampaignDialog_campaign on Campaign {\n    id\n    name\n    recipientCount\n    linkCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientsTable_recipients on Recipient {\n    id\n    externalId\n    status\n    sentAt\n    deliveredAt\n    readAt\n    failedAt\n    clicks\n    firstClickedAt\n    conversions\n    conversionValue\n    link {\n      id\n      shortUrl\n    }\n  }\n"): (typeof documents)["\n  fragment RecipientsTable_recipients on Recipient {\n    id\n    externalId\n    status\n    sentAt\n    deliveredAt\n    readAt\n    failedAt\n    clicks\n    firstClickedAt\n    conversions\n    conversionValue\n    link {\n      id\n      shortUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignListItem on Campaign {\n    id\n    ...CampaignsTable_campaigns\n    ...CampaignFormDialog_campaign\n    ...DeleteCampaignDialog_campaign\n  }\n"): (typeof documents)["\n  fragment CampaignListItem on Campaign {\n    id\n    ...CampaignsTable_campaigns\n    ...CampaignFormDialog_campaign\n    ...DeleteCampaignDialog_campaign\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($search: String, $first: Int, $after: String) {\n    campaigns(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($search: String, $first: Int, $after: String) {\n    campaigns(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CampaignListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      createdAt\n      recipientCount\n      linkCount\n      ...CampaignFunnel_campaign\n      ...CampaignFormDialog_campaign\n      ...DeleteCampaignDialog_campaign\n    }\n  }\n"): (typeof documents)["\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      createdAt\n      recipientCount\n      linkCount\n      ...CampaignFunnel_campaign\n      ...CampaignFormDialog_campaign\n      ...DeleteCampaignDialog_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFunnel($campaignId: ID!) {\n    funnel(campaignId: $campaignId) {\n      ...CampaignFunnel_funnel\n    }\n  }\n"): (typeof documents)["\n  query CampaignFunnel($campaignId: ID!) {\n    funnel(campaignId: $campaignId) {\n      ...CampaignFunnel_funnel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignClickStats(\n    $campaignId: ID!\n    $filter: ClickStatsFilter\n    $interval: Interval\n    $excludeBots: Boolean\n  ) {\n    campaignClickStats(\n      campaignId: $campaignId\n      filter: $filter\n      interval: $interval\n      excludeBots: $excludeBots\n    ) {\n      ...ClickAnalytics_stats\n    }\n  }\n"): (typeof documents)["\n  query CampaignClickStats(\n    $campaignId: ID!\n    $filter: ClickStatsFilter\n    $interval: Interval\n    $excludeBots: Boolean\n  ) {\n    campaignClickStats(\n      campaignId: $campaignId\n      filter: $filter\n      interval: $interval\n      excludeBots: $excludeBots\n    ) {\n      ...ClickAnalytics_stats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recipients(\n    $campaignId: ID!\n    $search: String\n    $status: DeliveryStatus\n    $clicked: Boolean\n    $converted: Boolean\n    $first: Int\n    $after: String\n  ) {\n    recipients(\n      campaignId: $campaignId\n      search: $search\n      status: $status\n      clicked: $clicked\n      converted: $converted\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...RecipientsTable_recipients\n      }\n    }\n  }\n"): (typeof documents)["\n  query Recipients(\n    $campaignId: ID!\n    $search: String\n    $status: DeliveryStatus\n    $clicked: Boolean\n    $converted: Boolean\n    $first: Int\n    $after: String\n  ) {\n    recipients(\n      campaignId: $campaignId\n      search: $search\n      status: $status\n      clicked: $clicked\n      converted: $converted\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...RecipientsTable_recipients\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      ...CampaignListItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      ...CampaignListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      ...CampaignListItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      channel\n      destinationUrl\n      currency\n      conversionTracking\n      ...CampaignListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeliveries($campaignId: ID!, $events: [DeliveryEventInput!]!) {\n    recordDeliveries(campaignId: $campaignId, events: $events) {\n      accepted\n      unknownExternalIds\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDeliveries($campaignId: ID!, $events: [DeliveryEventInput!]!) {\n    recordDeliveries(campaignId: $campaignId, events: $events) {\n      accepted\n      unknownExternalIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeleteLinkDialog_link on Link {\n    id\n    title\n    shortUrl\n    clickCount\n  }\n"): (typeof documents)["\n  fragment DeleteLinkDialog_link on Link {\n    id\n    title\n    shortUrl\n    clickCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkFormDialog_link on Link {\n    id\n    code\n    destinationUrl\n    title\n    expiresAt\n    conversionTracking\n  }\n"): (typeof documents)["\n  fragment LinkFormDialog_link on Link {\n    id\n    code\n    destinationUrl\n    title\n    expiresAt\n    conversionTracking\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinksTable_links on Link {\n    id\n    code\n    title\n    shortUrl\n    destinationUrl\n    status\n    clickCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LinksTable_links on Link {\n    id\n    code\n    title\n    shortUrl\n    destinationUrl\n    status\n    clickCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkListItem on Link {\n    id\n    ...LinksTable_links\n    ...LinkFormDialog_link\n    ...DeleteLinkDialog_link\n  }\n"): (typeof documents)["\n  fragment LinkListItem on Link {\n    id\n    ...LinksTable_links\n    ...LinkFormDialog_link\n    ...DeleteLinkDialog_link\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Links($search: String, $first: Int, $after: String, $campaignId: ID) {\n    links(search: $search, first: $first, after: $after, campaignId: $campaignId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query Links($search: String, $first: Int, $after: String, $campaignId: ID) {\n    links(search: $search, first: $first, after: $after, campaignId: $campaignId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      id\n      shortUrl\n      ...LinkListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveriesPage_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    disabledReason\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveriesPage_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    disabledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveriesTable_delivery on WebhookDelivery {\n    id\n    type\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    createdAt\n    nextAttemptAt\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment DeliveriesTable_delivery on WebhookDelivery {\n    id\n    type\n    status\n    attempts\n    lastResponseStatus\n    lastError\n    createdAt\n    nextAttemptAt\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeleteWebhookDialog_webhook on Webhook {\n    id\n    url\n  }\n"): (typeof documents)["\n  fragment DeleteWebhookDialog_webhook on Webhook {\n    id\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhooksTable_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n    disabledReason\n  }\n"): (typeof documents)["\n  fragment WebhooksTable_webhook on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n    disabledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      id\n      ...WebhooksTable_webhook\n      ...DeleteWebhookDialog_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks {\n      id\n      ...WebhooksTable_webhook\n      ...DeleteWebhookDialog_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      ...WebhooksTable_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      ...WebhooksTable_webhook\n      ...WebhookDeliveriesPage_webhook\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DeliveriesTable_delivery\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DeliveriesTable_delivery\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;