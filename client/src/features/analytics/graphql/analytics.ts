import { graphql } from '../../../gql';

export const LinkDetailsDocument = graphql(`
  query LinkDetails($id: ID!) {
    link(id: $id) {
      id
      code
      title
      shortUrl
      status
      createdAt
      ...LinkPanel_link
      ...LinkFormDialog_link
      ...DeleteLinkDialog_link
    }
  }
`);

/** Each part of the view asks for its own share of the stats (ClickAnalytics_stats); the page asks once. */
export const ClickStatsDocument = graphql(`
  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {
    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {
      ...ClickAnalytics_stats
    }
  }
`);
