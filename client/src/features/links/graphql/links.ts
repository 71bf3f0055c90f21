import { graphql } from '../../../gql';

/**
 * One link as the list holds it: its row and the dialogs opened from the row. The mutations return it
 * too, so a created or edited link is complete wherever it is cached.
 */
export const LinkListItem = graphql(`
  fragment LinkListItem on Link {
    id
    ...LinksTable_links
    ...LinkFormDialog_link
    ...DeleteLinkDialog_link
  }
`);

export const LinksDocument = graphql(`
  query Links($search: String, $first: Int, $after: String, $campaignId: ID) {
    links(search: $search, first: $first, after: $after, campaignId: $campaignId) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...LinkListItem
      }
    }
  }
`);

export const CreateLinkDocument = graphql(`
  mutation CreateLink($input: CreateLinkInput!) {
    createLink(input: $input) {
      id
      shortUrl
      ...LinkListItem
    }
  }
`);

export const UpdateLinkDocument = graphql(`
  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {
    updateLink(id: $id, input: $input) {
      id
      shortUrl
      ...LinkListItem
    }
  }
`);

export const DeleteLinkDocument = graphql(`
  mutation DeleteLink($id: ID!) {
    deleteLink(id: $id)
  }
`);
