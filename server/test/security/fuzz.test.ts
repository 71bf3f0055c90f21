import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { signUp } from '../utils/graphql';
import { startTestServer, type TestServer } from '../utils/server';

/**
 * Property-based tests over raw HTTP: the variables are arbitrary JSON (any type, any Unicode, huge or
 * empty), so GraphQL's own coercion is fuzzed as much as our services. Whatever comes in, the answer
 * is a coded error or a valid result: never a 500, never INTERNAL_SERVER_ERROR, never a partial write.
 */

const CODED = new Set([
  'BAD_USER_INPUT',
  'CODE_TAKEN',
  'CODE_RESERVED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
]);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

function assertCoded(answer: Answer, context: unknown): void {
  const where = () =>
    `${JSON.stringify(answer).slice(0, 600)}\ninput: ${JSON.stringify(context)?.slice(0, 400)}`;
  assert.ok(answer.status < 500, `HTTP ${answer.status}: ${where()}`);
  if (!answer.errors) {
    assert.ok(answer.data, `neither data nor errors: ${where()}`);
    return;
  }
  assert.ok(answer.errors.length > 0, where());
  for (const error of answer.errors) {
    const code = error.extensions?.code;
    assert.ok(code && CODED.has(code), `uncoded error ${code}: ${where()}`);
    assert.ok(!('stacktrace' in (error.extensions ?? {})) || process.env.NODE_ENV !== 'production');
    // A resolver's own BAD_USER_INPUT names its field; coercion errors (no path) name it in the message.
    if (code === 'BAD_USER_INPUT' && error.path) assert.ok(error.extensions?.field, `no field: ${where()}`);
  }
}

/** One character that breaks naive code: NUL, controls, a lone surrogate, bidi overrides, a non-BMP letter. */
// NUL half of the time: PostgreSQL refuses it in text, so it is the character most likely to reach SQL and fail.
const nastyChar = fc.oneof(
  fc.constant('\u0000'),
  fc.constantFrom('\u0001', '\n', '\u007f', '\uD800', '\uDFFF', '\u202E', '\uFEFF', '𝔘', '%00'),
);
/** A plausible value with one nasty character slipped in somewhere. */
const sprinkled = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, nastyChar, fc.nat())
    .map(([text, c, at]) => text.slice(0, at % (text.length + 1)) + c + text.slice(at % (text.length + 1)));

/** Strings an attacker or a broken client would send. */
const nastyString = fc.oneof(
  sprinkled(fc.webUrl()),
  sprinkled(fc.emailAddress()),
  sprinkled(fc.stringMatching(/^[A-Za-z0-9]{4,12}$/)),
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.string({ unit: 'grapheme', maxLength: 40 }), // emoji, combining marks, RTL …
  fc.string({ unit: 'binary-ascii', maxLength: 40 }), // control characters and NUL
  fc.string({ minLength: 2040, maxLength: 2060 }), // around the URL limit
  fc.string({ minLength: 5000, maxLength: 30_000 }), // large, under the body limit
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://sl.test/abcd',
    'HTTP://SL.TEST./x',
    'https://user:pw@example.com/',
    '//example.com',
    'https://example.com/\u0000',
    "'; DROP TABLE links; --",
    '%00',
    'graphql',
    'GraphQL',
    'aaaa',
    '\uD800',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    '2026-13-45T25:61:00Z',
    '9999-12-31T23:59:59.999Z',
    '+275760-09-13T00:00:00.000Z',
    '1970-01-01T00:00:00Z',
    'Asia/Kolkata',
    'Not/AZone',
    'LAST_7_DAYS',
  ),
);
/** Anything JSON can carry where a string is expected: wrong types included. */
const anyValue = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 2 ** 31, 1e308),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const anyInput = (keys: string[]) =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }),
    },
    fc.anything({ maxDepth: 2 }),
  );
const futureDate = fc
  .date({
    min: new Date(Date.now() + 86_400_000),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

describe('fuzzed inputs', () => {
  let server: TestServer;
  let user: Awaited<ReturnType<typeof signUp>>;
  let cookie: string;
  let linkId: string;
  let campaignId: string;

  before(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback' });
    // Fuzzed webhook URLs name hosts on the internet: nothing here may ever be sent to them.
    await server.app.services.webhookDispatcher.stop();
    user = await signUp(server.url);
    cookie = `sl_session=${user.cookies.get('sl_session')}`;
    ({
      createLink: { id: linkId },
    } = await user.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/fuzz", title: "T" }) { id } }`,
    ));
    ({
      createCampaign: { id: campaignId },
    } = await user.ok(
      `mutation { createCampaign(input: { name: "Fuzz", destinationUrl: "https://example.com/c" }) { id } }`,
    ));
  });
  after(() => server.close());

  async function post(
    query: string,
    variables: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: Omit<Answer, 'status'>;
    try {
      body = JSON.parse(text);
    } catch {
      assert.fail(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
    }
    return { status: res.status, ...body };
  }

  const linkRows = async () =>
    (
      await server.db.dataSource.query(`SELECT count(*)::int AS n FROM links WHERE account_id = $1`, [
        user.accountId,
      ])
    )[0].n as number;
  const linkRow = async () =>
    JSON.stringify(
      (
        await server.db.dataSource.query(
          `SELECT code, destination_url, title, expires_at, updated_at FROM links WHERE id = $1`,
          [linkId],
        )
      )[0],
    );

  it('createLink: a coded error and no row, or a valid link and exactly one row', async () => {
    const input = fc.oneof(
      anyInput(['destinationUrl', 'title', 'customCode', 'expiresAt', 'campaignId', 'conversionTracking']),
      // Mostly-valid inputs with one odd field, so the services' rules are reached, not just coercion.
      fc.record({
        destinationUrl: fc.oneof(fc.webUrl(), nastyString),
        title: fc.option(nastyString),
        customCode: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{1,14}$/), nastyString)),
        expiresAt: fc.option(fc.oneof(futureDate, nastyString)),
        campaignId: fc.option(fc.oneof(fc.constant(campaignId), fc.uuid(), anyValue)),
        conversionTracking: fc.option(fc.oneof(fc.boolean(), anyValue)),
      }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = await linkRows();
        const answer = await post(
          `mutation($input: CreateLinkInput!) { createLink(input: $input) { id code destinationUrl title status shortUrl } }`,
          { input: value },
        );
        assertCoded(answer, value);
        const after = await linkRows();
        if (answer.errors) {
          assert.equal(after, before, 'no row written on failure');
        } else {
          const link = answer.data!.createLink;
          assert.equal(after, before + 1);
          assert.match(link.code, /^[A-Za-z0-9]{4,12}$/);
          const url = new URL(link.destinationUrl);
          assert.ok(url.protocol === 'http:' || url.protocol === 'https:');
          assert.ok(link.destinationUrl.length <= 2048);
          assert.notEqual(url.hostname, 'sl.test');
          assert.ok(link.title === null || [...link.title].length <= 200);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('updateLink: a coded error and the row untouched, or a valid change', async () => {
    const id = fc.oneof({ weight: 4, arbitrary: fc.constant(linkId) }, fc.uuid(), anyValue);
    const input = fc.oneof(
      anyInput(['destinationUrl', 'title', 'expiresAt']),
      fc.record(
        {
          destinationUrl: fc.option(fc.oneof(fc.webUrl(), nastyString)),
          title: fc.option(nastyString),
          expiresAt: fc.option(fc.oneof(futureDate, nastyString)),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(id, input, async (idValue, value) => {
        const before = await linkRow();
        const answer = await post(
          `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id code destinationUrl title expiresAt } }`,
          { id: idValue, input: value },
        );
        assertCoded(answer, { idValue, value });
        if (answer.errors) {
          assert.equal(await linkRow(), before, 'row untouched on failure');
        } else {
          const link = answer.data!.updateLink;
          assert.equal(link.id, linkId);
          assert.equal(link.code, JSON.parse(before).code, 'the code never changes');
          assert.ok(['http:', 'https:'].includes(new URL(link.destinationUrl).protocol));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('logIn: always UNAUTHENTICATED, RATE_LIMITED or a coercion error; never a session', async () => {
    const email = fc.oneof(
      fc.emailAddress(),
      sprinkled(fc.emailAddress()),
      sprinkled(fc.constant(user.email)),
      fc.constant(user.email),
      fc.constant(user.email.toUpperCase()),
      anyValue,
    );
    let address = 0;
    await fc.assert(
      fc.asyncProperty(email, anyValue, async (emailValue, password) => {
        // Each run from its own address, so the per-address brake does not hide the code under test.
        const answer = await post(
          `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
          { input: { email: emailValue, password } },
          { 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}` },
        );
        assertCoded(answer, { emailValue, password });
        assert.ok(answer.errors, 'no password guessed');
      }),
      { numRuns: Math.min(RUNS, 50) }, // each run hashes a password (scrypt): kept short
    );
  });

  it('signUp: a coded error and no row, or exactly one new user', async () => {
    const users = async () =>
      (await server.db.dataSource.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;
    const field = (plausible: fc.Arbitrary<string>) =>
      fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 2, arbitrary: sprinkled(plausible) }, anyValue);
    await fc.assert(
      fc.asyncProperty(
        field(fc.emailAddress()),
        field(fc.string({ minLength: 8, maxLength: 30 })),
        field(fc.string({ minLength: 1, maxLength: 30 })),
        async (email, password, accountName) => {
          const before = await users();
          const answer = await post(
            `mutation($input: SignUpInput!) { signUp(input: $input) { id email account { name } } }`,
            { input: { email, password, accountName } },
            { cookie: '' },
          );
          assertCoded(answer, { email, password, accountName });
          assert.equal(
            await users(),
            before + (answer.errors ? 0 : 1),
            'one user on success, none on failure',
          );
        },
      ),
      { numRuns: Math.min(RUNS, 40) }, // a successful run hashes a password (scrypt)
    );
  });

  it('clickStats: a coded error (BAD_USER_INPUT on a filter field, NOT_FOUND) or valid stats', async () => {
    const filter = fc.oneof(
      anyInput(['range', 'from', 'to', 'timeZone']),
      fc.record(
        {
          range: fc.option(
            fc.oneof(fc.constantFrom('LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS'), nastyString),
          ),
          from: fc.option(
            fc.oneof(
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
              nastyString,
            ),
          ),
          to: fc.option(
            fc.oneof(
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
              nastyString,
            ),
          ),
          timeZone: fc.option(
            fc.oneof(fc.constantFrom('UTC', 'Asia/Kolkata', 'America/St_Johns'), nastyString),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    const id = fc.oneof({ weight: 4, arbitrary: fc.constant(linkId) }, fc.uuid(), anyValue);
    const interval = fc.oneof(fc.constantFrom('HOUR', 'DAY', 'WEEK', 'MONTH'), anyValue);
    await fc.assert(
      fc.asyncProperty(
        id,
        filter,
        interval,
        fc.oneof(fc.boolean(), anyValue),
        async (idValue, f, i, bots) => {
          const answer = await post(
            `query($id: ID!, $filter: ClickStatsFilter, $interval: Interval, $bots: Boolean) {
             clickStats(linkId: $id, filter: $filter, interval: $interval, excludeBots: $bots) {
               totals { total unique bots } series { start total }
             }
           }`,
            { id: idValue, filter: f, interval: i, bots },
          );
          assertCoded(answer, { idValue, f, i, bots });
          for (const error of answer.errors ?? []) {
            if (error.path && error.extensions?.code === 'BAD_USER_INPUT') {
              assert.ok(
                ['range', 'from', 'to', 'timeZone', 'interval'].includes(error.extensions.field!),
                error.extensions.field,
              );
            }
          }
          if (!answer.errors) {
            const { totals, series } = answer.data!.clickStats;
            assert.equal(
              series.reduce((s: number, b: { total: number }) => s + b.total, 0),
              totals.total,
            );
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('links, link and linkByCode: arguments of any shape read nothing wrong', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 6, arbitrary: nastyString }, anyValue),
        fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -5, max: 200 }) }, anyValue),
        fc.oneof({ weight: 6, arbitrary: fc.option(nastyString) }, anyValue),
        fc.oneof({ weight: 6, arbitrary: nastyString }, anyValue),
        fc.oneof(fc.uuid(), nastyString, anyValue),
        async (search, first, after, code, id) => {
          const answer = await post(
            `query($search: String, $first: Int, $after: String, $code: String!, $id: ID!) {
             links(search: $search, first: $first, after: $after) { totalCount nodes { id } pageInfo { endCursor } }
             linkByCode(code: $code) { id }
             link(id: $id) { id }
           }`,
            { search, first, after, code, id },
          );
          assertCoded(answer, { search, first, after, code, id });
        },
      ),
      { numRuns: RUNS },
    );
  });

  const webhookRows = async () =>
    (
      await server.db.dataSource.query(`SELECT count(*)::int AS n FROM webhooks WHERE account_id = $1`, [
        user.accountId,
      ])
    )[0].n as number;
  const EVENTS = [
    'CLICK_RECORDED',
    'CONVERSION_RECORDED',
    'DELIVERY_RECORDED',
    'LINK_CREATED',
    'LINK_UPDATED',
    'LINK_DELETED',
  ];
  const events = fc.oneof(
    { weight: 4, arbitrary: fc.subarray(EVENTS) },
    fc.array(fc.oneof(fc.constantFrom(...EVENTS), nastyString), { maxLength: 4 }),
    anyValue,
  );
  const webhookUrl = fc.oneof(
    fc.webUrl({ validSchemes: ['https'] }),
    fc.webUrl(),
    sprinkled(fc.webUrl({ validSchemes: ['https'] })),
    fc.constantFrom(
      'https://127.0.0.1/',
      'https://[::ffff:169.254.169.254]/',
      'https://10.0.0.1:8443/',
      'https://localhost./',
      'https://token@hooks.example.com/',
    ),
    nastyString,
  );

  /** A webhook answer must hold only what the rules allow. */
  function assertValidWebhook(webhook: { url: string; events: string[]; description: string | null }) {
    const url = new URL(webhook.url);
    assert.equal(url.protocol, 'https:');
    assert.equal(url.username + url.password, '');
    assert.ok(webhook.url.length <= 2048);
    assert.ok(!/^(127\.|10\.|169\.254\.|\[)|localhost\.?$/.test(url.hostname), webhook.url);
    assert.ok(webhook.events.length >= 1 && webhook.events.every((e) => EVENTS.includes(e)));
    assert.ok(webhook.description === null || webhook.description.length <= 500);
  }

  it('createWebhook: a coded error and no row, or a valid webhook and exactly one row', async () => {
    const input = fc.oneof(
      anyInput(['url', 'events', 'description']),
      fc.record({ url: webhookUrl, events, description: fc.option(nastyString) }),
    );
    let created = 0;
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = await webhookRows();
        const answer = await post(
          `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events description } } }`,
          { input: value },
        );
        assertCoded(answer, value);
        if (answer.errors) {
          assert.equal(await webhookRows(), before, 'no row written on failure');
          return;
        }
        assert.equal(await webhookRows(), before + 1);
        assertValidWebhook(answer.data!.createWebhook.webhook);
        assert.match(answer.data!.createWebhook.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
        // Stay under the per-account limit, so that valid inputs keep reaching the rules.
        if (++created % 10 === 0)
          await server.db.dataSource.query(`DELETE FROM webhooks WHERE account_id = $1`, [user.accountId]);
      }),
      { numRuns: RUNS },
    );
  });

  it('updateWebhook and webhookDeliveries: a coded error and the row untouched, or a valid change', async () => {
    const { createWebhook } = await user.ok(
      `mutation { createWebhook(input: { url: "https://hooks.example.com/fuzz", events: [LINK_CREATED] }) { webhook { id } } }`,
    );
    const webhookId = createWebhook.webhook.id as string;
    const row = async () =>
      JSON.stringify(
        (
          await server.db.dataSource.query(
            `SELECT url, events, enabled, description, secret_sealed FROM webhooks WHERE id = $1`,
            [webhookId],
          )
        )[0],
      );
    const id = fc.oneof({ weight: 4, arbitrary: fc.constant(webhookId) }, fc.uuid(), anyValue);
    const input = fc.oneof(
      anyInput(['url', 'events', 'enabled', 'description']),
      fc.record(
        {
          url: fc.option(webhookUrl),
          events: fc.option(events),
          enabled: fc.option(fc.oneof(fc.boolean(), anyValue)),
          description: fc.option(nastyString),
        },
        { requiredKeys: [] },
      ),
    );
    const status = fc.oneof(fc.constantFrom('PENDING', 'SUCCEEDED', 'FAILED', null), anyValue);
    const first = fc.oneof(fc.integer({ min: -5, max: 200 }), anyValue);
    await fc.assert(
      fc.asyncProperty(
        id,
        input,
        status,
        first,
        fc.option(nastyString),
        async (idValue, value, st, n, after) => {
          const before = await row();
          const answer = await post(
            `mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { id url events description } }`,
            { id: idValue, input: value },
          );
          assertCoded(answer, { idValue, value });
          if (answer.errors) assert.equal(await row(), before, 'row untouched on failure');
          else assertValidWebhook(answer.data!.updateWebhook);
          const page = await post(
            `query($id: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
             webhookDeliveries(webhookId: $id, status: $status, first: $first, after: $after) { totalCount nodes { id } }
           }`,
            { id: idValue, status: st, first: n, after },
          );
          assertCoded(page, { idValue, st, n, after });
        },
      ),
      { numRuns: RUNS },
    );
  });

  const campaignRows = async () =>
    JSON.stringify(
      await server.db.dataSource.query(
        `SELECT c.*, (SELECT count(*) FROM links l WHERE l.campaign_id = c.id)::int AS links,
                (SELECT count(*) FROM recipients r WHERE r.campaign_id = c.id)::int AS recipients
           FROM campaigns c WHERE c.account_id = $1 ORDER BY c.created_at, c.id`,
        [user.accountId],
      ),
    );
  const campaignFields = {
    name: fc.option(fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), nastyString)),
    channel: fc.option(fc.oneof(fc.constantFrom('WHATSAPP', 'SMS', 'EMAIL', 'OTHER'), anyValue)),
    destinationUrl: fc.option(fc.oneof(fc.webUrl(), nastyString)),
    currency: fc.option(fc.oneof(fc.constantFrom('USD', 'eur', 'XYZ', 'US'), nastyString)),
    conversionTracking: fc.option(fc.oneof(fc.boolean(), anyValue)),
  };

  it('createCampaign and updateCampaign: a coded error and nothing changed, or a valid campaign', async () => {
    const input = fc.oneof(
      anyInput(Object.keys(campaignFields)),
      fc.record(campaignFields, { requiredKeys: [] }),
    );
    const id = fc.oneof({ weight: 4, arbitrary: fc.constant(campaignId) }, fc.uuid(), anyValue);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), id, input, async (create, idValue, value) => {
        const before = await campaignRows();
        const answer = create
          ? await post(
              `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id name currency channel } }`,
              { input: value },
            )
          : await post(
              `mutation($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id name currency channel } }`,
              { id: idValue, input: value },
            );
        assertCoded(answer, { create, idValue, value });
        if (answer.errors) {
          assert.equal(await campaignRows(), before, 'nothing changed on failure');
        } else {
          const campaign = answer.data![create ? 'createCampaign' : 'updateCampaign'];
          assert.match(campaign.currency, /^[A-Z]{3}$/);
          assert.ok([...campaign.name].length >= 1 && [...campaign.name].length <= 200);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('addRecipients: a coded error (with field and index for an item) and nothing written, or every item answered', async () => {
    const item = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            externalId: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), nastyString),
            destinationUrl: fc.option(fc.oneof(fc.webUrl(), nastyString)),
          },
          { requiredKeys: ['externalId'] },
        ),
      },
      anyInput(['externalId', 'destinationUrl']),
    );
    const list = fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 8 }) }, anyValue);
    const id = fc.oneof({ weight: 6, arbitrary: fc.constant(campaignId) }, fc.uuid(), anyValue);
    await fc.assert(
      fc.asyncProperty(id, list, async (idValue, recipients) => {
        const before = await campaignRows();
        const answer = await post(
          `mutation($id: ID!, $recipients: [RecipientInput!]!) {
             addRecipients(campaignId: $id, recipients: $recipients) { id externalId link { code destinationUrl } } }`,
          { id: idValue, recipients },
        );
        assertCoded(answer, { idValue, recipients });
        if (answer.errors) {
          assert.equal(await campaignRows(), before, 'nothing written on failure');
          const error = answer.errors[0]!;
          if (error.path && error.extensions?.field && error.extensions.field !== 'recipients') {
            assert.equal(
              typeof (error.extensions as { index?: unknown }).index,
              'number',
              JSON.stringify(error),
            );
          }
        } else {
          const added = answer.data!.addRecipients as { externalId: string; link: { code: string } }[];
          assert.equal(added.length, (recipients as unknown[]).length);
          for (const r of added) assert.match(r.link.code, /^[A-Za-z0-9]{7}$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('campaigns, campaign, recipients and campaignClickStats: arguments of any shape read nothing wrong', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 6, arbitrary: nastyString }, anyValue),
        fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -5, max: 200 }) }, anyValue),
        fc.oneof({ weight: 6, arbitrary: fc.option(nastyString) }, anyValue),
        fc.oneof({ weight: 6, arbitrary: fc.constant(campaignId) }, fc.uuid(), nastyString, anyValue),
        fc.oneof(fc.constantFrom('PENDING', 'READ', null), anyValue),
        fc.oneof(fc.boolean(), fc.constant(null), anyValue),
        async (search, first, after, id, status, flag) => {
          const answer = await post(
            `query($search: String, $first: Int, $after: String, $id: ID!, $status: DeliveryStatus, $flag: Boolean) {
             campaigns(search: $search, first: $first, after: $after) { totalCount nodes { id linkCount } }
             campaign(id: $id) { id recipientCount }
             recipients(campaignId: $id, search: $search, status: $status, clicked: $flag, converted: $flag,
                        first: $first, after: $after) { totalCount nodes { id link { code } } pageInfo { endCursor } }
             campaignClickStats(campaignId: $id, excludeBots: $flag) { totals { total } }
             links(campaignId: $id, first: $first) { totalCount }
             funnel(campaignId: $id) { recipients sent delivered clicked converted conversionValue medianSecondsToClick }
           }`,
            { search, first, after, id, status, flag },
          );
          assertCoded(answer, { search, first, after, id, status, flag });
        },
      ),
      { numRuns: RUNS },
    );
  });

  // The funnel's state of the fuzz campaign: recipients' delivery and conversion state, counters, conversions.
  const funnelState = async () =>
    JSON.stringify(
      await server.db.dataSource.query(
        `SELECT (SELECT json_agg(r ORDER BY r.seq) FROM recipients r WHERE r.campaign_id = $1) AS recipients,
                (SELECT json_agg(f ORDER BY f.shard) FROM campaign_funnel_counts f WHERE f.campaign_id = $1) AS counts,
                (SELECT count(*)::int FROM conversions WHERE account_id = $2) AS conversions`,
        [campaignId, user.accountId],
      ),
    );
  const eventTime = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .date({ min: new Date('2020-01-01'), max: new Date(), noInvalidDate: true })
        .map((d) => d.toISOString()),
    },
    futureDate,
    nastyString,
    anyValue,
  );

  it('recordDeliveries: a coded error (with field and index for an event) and nothing written, or a valid answer', async () => {
    await user.ok(
      `mutation($id: ID!) { addRecipients(campaignId: $id, recipients: [{ externalId: "fz-1", destinationUrl: "https://fz.example/" }, { externalId: "fz-2", destinationUrl: "https://fz.example/" }]) { id } }`,
      { id: campaignId },
    );
    const event = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          externalId: fc.oneof(fc.constantFrom('fz-1', 'fz-2', 'nobody'), nastyString),
          status: fc.oneof(fc.constantFrom('SENT', 'DELIVERED', 'READ', 'FAILED', 'PENDING'), anyValue),
          at: eventTime,
        }),
      },
      anyInput(['externalId', 'status', 'at']),
    );
    const list = fc.oneof({ weight: 6, arbitrary: fc.array(event, { maxLength: 6 }) }, anyValue);
    const id = fc.oneof({ weight: 6, arbitrary: fc.constant(campaignId) }, fc.uuid(), anyValue);
    await fc.assert(
      fc.asyncProperty(id, list, async (idValue, events) => {
        const before = await funnelState();
        const answer = await post(
          `mutation($id: ID!, $events: [DeliveryEventInput!]!) {
             recordDeliveries(campaignId: $id, events: $events) { accepted unknownExternalIds } }`,
          { id: idValue, events },
        );
        assertCoded(answer, { idValue, events });
        if (answer.errors) {
          assert.equal(await funnelState(), before, 'nothing written on failure');
          const error = answer.errors[0]!;
          if (error.path && error.extensions?.field && error.extensions.field !== 'events')
            assert.equal(
              typeof (error.extensions as { index?: unknown }).index,
              'number',
              JSON.stringify(error),
            );
        } else {
          const { accepted, unknownExternalIds } = answer.data!.recordDeliveries;
          const sent = events as { externalId: string }[];
          assert.equal(
            accepted,
            sent.filter((e) => e.externalId === 'fz-1' || e.externalId === 'fz-2').length,
          );
          assert.deepEqual(unknownExternalIds, [
            ...new Set(sent.map((e) => e.externalId).filter((x) => x !== 'fz-1' && x !== 'fz-2')),
          ]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('recordConversion: a coded error and nothing written, or one conversion', async () => {
    const input = fc.oneof(
      anyInput(['clickId', 'campaignId', 'externalId', 'name', 'value', 'occurredAt', 'idempotencyKey']),
      fc.record(
        {
          clickId: fc.option(fc.oneof(fc.uuid(), nastyString, anyValue)),
          campaignId: fc.option(fc.oneof(fc.constant(campaignId), fc.uuid(), anyValue)),
          externalId: fc.option(fc.oneof(fc.constantFrom('fz-1', 'nobody'), nastyString)),
          name: fc.oneof(fc.constantFrom('purchase', 'signup'), nastyString, anyValue),
          value: fc.option(fc.oneof(fc.double(), fc.integer(), anyValue)),
          occurredAt: fc.option(eventTime),
          idempotencyKey: fc.option(fc.oneof(fc.string({ maxLength: 10 }), nastyString)),
        },
        { requiredKeys: ['name'] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = await funnelState();
        const answer = await post(
          `mutation($input: RecordConversionInput!) {
             recordConversion(input: $input) { id name value occurredAt clickId link { id } recipient { externalId } } }`,
          { input: value },
        );
        assertCoded(answer, value);
        if (answer.errors) {
          assert.equal(await funnelState(), before, 'nothing written on failure');
        } else {
          const conversion = answer.data!.recordConversion;
          assert.ok(conversion.value >= 0 && [...conversion.name].length <= 100);
          assert.ok(new Date(conversion.occurredAt).getTime() <= Date.now() + 5 * 60_000);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary request bodies get a coded JSON answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything({ maxDepth: 3 }), fc.string({ unit: 'binary' })),
        async (body) => {
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: typeof body === 'string' ? body : JSON.stringify(body ?? null),
          });
          const answer = { status: res.status, ...(JSON.parse(await res.text()) as object) } as Answer;
          assertCoded(answer, body);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
