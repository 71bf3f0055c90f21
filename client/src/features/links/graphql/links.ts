import { graphql } from '../../../gql';

/** Everything a row of the list, the form and the analytics panel show about a link. */
export const LinkFieldsFragment = graphql(`
  fragment LinkFields on Link {
    id
    code
    shortUrl
    destinationUrl
    title
    status
    expiresAt
    createdAt
    updatedAt
    clickCount
  }
`);

export const LinksDocument = graphql(`
  query Links($search: String, $first: Int, $after: String) {
    links(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...LinkFields
      }
    }
  }
`);

export const CreateLinkDocument = graphql(`
  mutation CreateLink($input: CreateLinkInput!) {
    createLink(input: $input) {
      ...LinkFields
    }
  }
`);

export const UpdateLinkDocument = graphql(`
  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {
    updateLink(id: $id, input: $input) {
      ...LinkFields
    }
  }
`);

export const DeleteLinkDocument = graphql(`
  mutation DeleteLink($id: ID!) {
    deleteLink(id: $id)
  }
`);
