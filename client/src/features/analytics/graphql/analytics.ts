import { graphql } from '../../../gql';

export const LinkDetailsDocument = graphql(`
  query LinkDetails($id: ID!) {
    link(id: $id) {
      ...LinkFields
    }
  }
`);

export const ClickStatsDocument = graphql(`
  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {
    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {
      totals {
        total
        unique
        bots
      }
      series {
        start
        total
        unique
        bots
      }
      countries {
        code
        name
        clicks
      }
      locations {
        latitude
        longitude
        city
        country
        clicks
      }
      browsers {
        name
        clicks
      }
      platforms {
        name
        clicks
      }
      operatingSystems {
        name
        clicks
      }
      referrers {
        name
        clicks
      }
      botAgents {
        name
        clicks
      }
    }
  }
`);
