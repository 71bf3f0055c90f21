import assert from 'node:assert/strict';

export interface GraphQLErrorBody {
  message: string;
  path?: string[];
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
  headers: Headers;
}

/** A GraphQL client over real HTTP that keeps the session cookie like a browser, or sends an API key. */
export class GraphQLClient {
  /** Cookies the server set, as a browser would keep them (name → value). */
  readonly cookies = new Map<string, string>();
  bearer: string | null = null;
  /** Sent with every request, e.g. X-Forwarded-For to act from another address. */
  headers: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  /** The Cookie header this client sends, for plain HTTP requests made beside GraphQL. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Runs an operation that must fail, asserts its one error's code (and field), and returns the error. */
  async fails(
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field?: string,
  ): Promise<GraphQLErrorBody> {
    const res = await this.request(query, variables);
    return expectError(res, code, field);
  }
}

/** Asserts that a response failed with exactly one error of `code` (and `extensions.field`), no stack trace. */
export function expectError(res: GraphQLResponse<any>, code: string, field?: string): GraphQLErrorBody {
  assert.ok(res.errors?.length, `expected ${code}, got data ${JSON.stringify(res.data)}`);
  assert.equal(res.errors.length, 1, JSON.stringify(res.errors));
  const error = res.errors[0]!;
  assert.equal(error.extensions?.code, code, JSON.stringify(error));
  if (field !== undefined) assert.equal(error.extensions?.field, field, JSON.stringify(error));
  assert.equal(error.extensions?.stacktrace, undefined, 'no stack trace in a client error');
  assert.ok(error.message.length > 0);
  return error;
}

export type SignedUpClient = GraphQLClient & { accountId: string; email: string; password: string };

export const TEST_PASSWORD = 'correct horse battery';
let counter = 0;
/** A fresh, unique email address. */
export const uniqueEmail = (tag = 'user') => `${tag}${Date.now()}${process.pid}${counter++}@example.com`;

/** Signs up a brand-new account and returns a client holding its session. */
export async function signUp(baseUrl: string, name = 'Acme'): Promise<SignedUpClient> {
  const client = new GraphQLClient(baseUrl) as SignedUpClient;
  const email = uniqueEmail();
  const data = await client.ok<{ signUp: { account: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { id account { id } } }`,
    { input: { email, password: TEST_PASSWORD, accountName: name } },
  );
  client.accountId = data.signUp.account.id;
  client.email = email;
  client.password = TEST_PASSWORD;
  return client;
}

/** A client that authenticates with an API key only (no cookies). */
export function apiKeyClient(baseUrl: string, secret: string): GraphQLClient {
  const client = new GraphQLClient(baseUrl);
  client.bearer = secret;
  return client;
}

/** Creates an API key for a signed-in client; returns its id and secret. */
export async function createApiKey(
  client: GraphQLClient,
  name = 'CRM sync',
): Promise<{ id: string; secret: string; prefix: string }> {
  const { createApiKey } = await client.ok(
    `mutation($name: String!) { createApiKey(name: $name) { secret apiKey { id prefix } } }`,
    { name },
  );
  return { id: createApiKey.apiKey.id, secret: createApiKey.secret, prefix: createApiKey.apiKey.prefix };
}

export const LINK_FIELDS = `id code shortUrl destinationUrl title status expiresAt createdAt updatedAt clickCount`;

export interface LinkData {
  id: string;
  code: string;
  shortUrl: string;
  destinationUrl: string;
  title: string | null;
  status: 'ACTIVE' | 'EXPIRED';
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  clickCount: number;
}

/** Creates a link through the API; fails the test on an error. */
export async function createLink(
  client: GraphQLClient,
  input: Record<string, unknown> = {},
): Promise<LinkData> {
  const { createLink } = await client.ok<{ createLink: LinkData }>(
    `mutation($input: CreateLinkInput!) { createLink(input: $input) { ${LINK_FIELDS} } }`,
    { input: { destinationUrl: 'https://example.com/landing', ...input } },
  );
  return createLink;
}
