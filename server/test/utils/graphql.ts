export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }[];
  headers: Headers;
}

/** A GraphQL client over real HTTP that keeps the session cookie like a browser, or sends an API key. */
export class GraphQLClient {
  private cookies = new Map<string, string>();
  bearer: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
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
}

let counter = 0;
/** Signs up a brand-new account and returns a client holding its session. */
export async function signUp(
  baseUrl: string,
  name = 'Acme',
): Promise<GraphQLClient & { accountId: string; email: string }> {
  const client = new GraphQLClient(baseUrl) as GraphQLClient & { accountId: string; email: string };
  const email = `user${Date.now()}${process.pid}${counter++}@example.com`;
  const data = await client.ok<{ signUp: { account: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { id account { id } } }`,
    { input: { email, password: 'correct horse battery', accountName: name } },
  );
  client.accountId = data.signUp.account.id;
  client.email = email;
  return client;
}
