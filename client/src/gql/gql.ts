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
    "\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n": typeof types.LinkDetailsDocument,
    "\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      totals {\n        total\n        unique\n        bots\n      }\n      series {\n        start\n        total\n        unique\n        bots\n      }\n      countries {\n        code\n        name\n        clicks\n      }\n      locations {\n        latitude\n        longitude\n        city\n        country\n        clicks\n      }\n      browsers {\n        name\n        clicks\n      }\n      platforms {\n        name\n        clicks\n      }\n      operatingSystems {\n        name\n        clicks\n      }\n      referrers {\n        name\n        clicks\n      }\n      botAgents {\n        name\n        clicks\n      }\n    }\n  }\n": typeof types.ClickStatsDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scope\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment LinkFields on Link {\n    id\n    code\n    shortUrl\n    destinationUrl\n    title\n    status\n    expiresAt\n    createdAt\n    updatedAt\n    clickCount\n  }\n": typeof types.LinkFieldsFragmentDoc,
    "\n  query Links($search: String, $first: Int, $after: String) {\n    links(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkFields\n      }\n    }\n  }\n": typeof types.LinksDocument,
    "\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      ...LinkFields\n    }\n  }\n": typeof types.CreateLinkDocument,
    "\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      ...LinkFields\n    }\n  }\n": typeof types.UpdateLinkDocument,
    "\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n": typeof types.DeleteLinkDocument,
};
const documents: Documents = {
    "\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n": types.LinkDetailsDocument,
    "\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      totals {\n        total\n        unique\n        bots\n      }\n      series {\n        start\n        total\n        unique\n        bots\n      }\n      countries {\n        code\n        name\n        clicks\n      }\n      locations {\n        latitude\n        longitude\n        city\n        country\n        clicks\n      }\n      browsers {\n        name\n        clicks\n      }\n      platforms {\n        name\n        clicks\n      }\n      operatingSystems {\n        name\n        clicks\n      }\n      referrers {\n        name\n        clicks\n      }\n      botAgents {\n        name\n        clicks\n      }\n    }\n  }\n": types.ClickStatsDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scope\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment LinkFields on Link {\n    id\n    code\n    shortUrl\n    destinationUrl\n    title\n    status\n    expiresAt\n    createdAt\n    updatedAt\n    clickCount\n  }\n": types.LinkFieldsFragmentDoc,
    "\n  query Links($search: String, $first: Int, $after: String) {\n    links(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkFields\n      }\n    }\n  }\n": types.LinksDocument,
    "\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      ...LinkFields\n    }\n  }\n": types.CreateLinkDocument,
    "\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      ...LinkFields\n    }\n  }\n": types.UpdateLinkDocument,
    "\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n": types.DeleteLinkDocument,
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
export function graphql(source: "\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n"): (typeof documents)["\n  query LinkDetails($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      totals {\n        total\n        unique\n        bots\n      }\n      series {\n        start\n        total\n        unique\n        bots\n      }\n      countries {\n        code\n        name\n        clicks\n      }\n      locations {\n        latitude\n        longitude\n        city\n        country\n        clicks\n      }\n      browsers {\n        name\n        clicks\n      }\n      platforms {\n        name\n        clicks\n      }\n      operatingSystems {\n        name\n        clicks\n      }\n      referrers {\n        name\n        clicks\n      }\n      botAgents {\n        name\n        clicks\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClickStats($linkId: ID!, $filter: ClickStatsFilter, $interval: Interval, $excludeBots: Boolean) {\n    clickStats(linkId: $linkId, filter: $filter, interval: $interval, excludeBots: $excludeBots) {\n      totals {\n        total\n        unique\n        bots\n      }\n      series {\n        start\n        total\n        unique\n        bots\n      }\n      countries {\n        code\n        name\n        clicks\n      }\n      locations {\n        latitude\n        longitude\n        city\n        country\n        clicks\n      }\n      browsers {\n        name\n        clicks\n      }\n      platforms {\n        name\n        clicks\n      }\n      operatingSystems {\n        name\n        clicks\n      }\n      referrers {\n        name\n        clicks\n      }\n      botAgents {\n        name\n        clicks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scope\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!, $scope: ApiKeyScope!) {\n    createApiKey(name: $name, scope: $scope) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scope\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkFields on Link {\n    id\n    code\n    shortUrl\n    destinationUrl\n    title\n    status\n    expiresAt\n    createdAt\n    updatedAt\n    clickCount\n  }\n"): (typeof documents)["\n  fragment LinkFields on Link {\n    id\n    code\n    shortUrl\n    destinationUrl\n    title\n    status\n    expiresAt\n    createdAt\n    updatedAt\n    clickCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Links($search: String, $first: Int, $after: String) {\n    links(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Links($search: String, $first: Int, $after: String) {\n    links(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      ...LinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      ...LinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      ...LinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {\n    updateLink(id: $id, input: $input) {\n      ...LinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLink($id: ID!) {\n    deleteLink(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;