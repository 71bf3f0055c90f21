import { graphql } from '../../../gql';

export const ApiKeysDocument = graphql(`
  query ApiKeys {
    apiKeys {
      id
      ...ApiKeysTable_apiKeys
      ...RevokeApiKeyDialog_apiKey
    }
  }
`);

// The list is fetched again after a key is created, so the answer carries only the one-time secret.
export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {
    createApiKey(name: $name, scope: $scope) {
      secret
      apiKey {
        id
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);
