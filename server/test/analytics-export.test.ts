import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportClicks } from '../src/analytics/click-export';
import { WHATSAPP_PREVIEW } from './fixtures/clicks';
import { insertClicks } from './utils/clicks';
import { signUp, type GraphQLClient } from './utils/graphql';
import { startTestServer, type TestServer } from './utils/server';
import { useTestServer } from './utils/fixtures';

const RANGE = 'from=2026-03-27T00:00:00Z&to=2026-04-03T00:00:00Z';

describe('CSV export of clicks', () => {
  let server: TestServer;
  let client: GraphQLClient & { accountId: string };
  let linkId: string;
  let code: string;

  const get = (path: string, headers: Record<string, string> = { cookie: client.cookieHeader() }) =>
    fetch(`${server.url}${path}`, { headers });
  const csv = (query: string, id = linkId) => `/api/links/${id}/clicks.csv?${query}`;

  before(async () => {
    server = await startTestServer();
    client = await signUp(server.url);
    const { createLink } = await client.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/e" }) { id code } }`,
    );
    linkId = createLink.id;
    code = createLink.code;
    const berlin = { country: 'DE', region: 'BE', city: 'Berlin', latitude: 52.52, longitude: 13.405 };
    await insertClicks(server.db.dataSource, linkId, [
      { at: '2026-03-27T10:00:00Z', ...berlin, referrerHost: 'google.com' },
      { at: '2026-03-29T00:59:00Z', ...WHATSAPP_PREVIEW },
      {
        at: '2026-03-29T01:00:00Z',
        classification: 'REPEAT',
        country: 'GB',
        city: 'Newmarket',
        browser: 'Firefox',
        os: 'Linux',
      },
      {
        at: '2026-03-30T12:00:00Z',
        country: 'US',
        city: 'Washington, D.C.',
        referrerHost: '=cmd|x',
        platform: 'mobile',
      },
      { at: '2026-04-03T00:00:00Z', ...berlin }, // the exclusive end: not exported
      { at: '2026-03-26T23:59:59Z', ...berlin }, // before the start
    ]);
  });
  after(() => server.close());

  it('streams one row a click, oldest first, times in the filter zone', async () => {
    const res = await get(csv(`${RANGE}&timeZone=Europe/Berlin`));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="${code}-clicks.csv"`);
    assert.equal(res.headers.get('cache-control'), 'private, no-store');
    assert.equal(
      await res.text(),
      [
        'time,classification,country,city,browser,os,platform,referrer,bot_agent',
        '2026-03-27T11:00:00.000+01:00,UNIQUE,DE,Berlin,Chrome,Windows,desktop,google.com,',
        '2026-03-29T01:59:00.000+01:00,BOT,,,Unknown,Unknown,other,,WhatsApp preview',
        '2026-03-29T03:00:00.000+02:00,REPEAT,GB,Newmarket,Firefox,Linux,desktop,,',
        `2026-03-30T14:00:00.000+02:00,UNIQUE,US,"Washington, D.C.",Chrome,Windows,mobile,'=cmd|x,`,
        '',
      ].join('\r\n'),
    );
  });

  it('leaves bots out with excludeBots, and writes UTC times by default', async () => {
    const res = await get(csv(`${RANGE}&excludeBots=true`));
    const lines = (await res.text()).trim().split('\r\n');
    assert.equal(lines.length, 4);
    assert.ok(lines.slice(1).every((l) => !l.includes(',BOT,')));
    assert.match(lines[1]!, /^2026-03-27T10:00:00\.000Z,/);
  });

  it('takes an API key as well as a session, and refuses anyone else', async () => {
    const { createApiKey } = await client.ok(`mutation { createApiKey(name: "export") { secret } }`);
    const withKey = await get(csv(RANGE), { authorization: `Bearer ${createApiKey.secret}` });
    assert.equal(withKey.status, 200);
    assert.equal((await withKey.text()).trim().split('\r\n').length, 5);

    const anonymous = await get(csv(RANGE), {});
    assert.equal(anonymous.status, 401);
    assert.equal(((await anonymous.json()) as any).errors[0].extensions.code, 'UNAUTHENTICATED');

    const stranger = await signUp(server.url, 'Other');
    for (const [headers, id] of [
      [{ cookie: stranger.cookieHeader() }, linkId],
      [{ cookie: client.cookieHeader() }, '00000000-0000-4000-8000-000000000000'],
      [{ cookie: client.cookieHeader() }, 'nope'],
    ] as const) {
      const res = await get(csv(RANGE, id), headers);
      assert.equal(res.status, 404);
      assert.equal(((await res.json()) as any).errors[0].extensions.code, 'NOT_FOUND');
    }
  });

  it('validates the filter like clickStats, as JSON naming the field', async () => {
    const cases: [string, string][] = [
      [`${RANGE}&timeZone=Mars/Base`, 'timeZone'],
      [`${RANGE}&range=LAST_7_DAYS`, 'range'],
      ['range=LAST_8_DAYS', 'range'],
      ['from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', 'to'],
      ['from=2026-03-01T00:00:00Z', 'to'],
      ['from=yesterday&to=2026-03-01T00:00:00Z', 'from'],
      ['from=2020-01-01T00:00:00Z&to=2026-03-01T00:00:00Z', 'to'],
      [`${RANGE}&excludeBots=maybe`, 'excludeBots'],
      [`${RANGE}&timeZone=UTC&timeZone=UTC`, 'timeZone'],
      // names every object has must not pass for presets
      ['range=toString', 'range'],
      ['range=constructor', 'range'],
      ['range=__proto__', 'range'],
    ];
    for (const [query, field] of cases) {
      const res = await get(csv(query));
      assert.equal(res.status, 400, query);
      const body = (await res.json()) as any;
      assert.equal(body.errors[0].extensions.code, 'BAD_USER_INPUT', query);
      assert.equal(body.errors[0].extensions.field, field, query);
    }
  });

  it('pages by (time, id) without losing or repeating clicks that share a timestamp', async () => {
    const { createLink } = await client.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/p" }) { id } }`,
    );
    const same = Array.from({ length: 7 }, (_, i) => ({ at: '2026-05-01T12:00:00.123456Z', city: `C${i}` }));
    await insertClicks(server.db.dataSource, createLink.id, [
      ...same,
      { at: '2026-05-01T11:00:00Z', city: 'first' },
      { at: '2026-05-01T13:00:00Z', city: 'last' },
    ]);
    const cities: (string | null)[] = [];
    let pages = 0;
    const link = await server.app.services.links.reader.require(client.accountId, createLink.id);
    for await (const page of exportClicks(
      server.db.dataSource,
      link,
      { from: new Date('2026-05-01T00:00:00Z'), to: new Date('2026-05-02T00:00:00Z') },
      false,
      3,
    )) {
      pages++;
      cities.push(...page.map((c) => c.city));
    }
    assert.equal(pages, 3);
    assert.deepEqual(cities, ['first', 'C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'last']);
  });
});

describe('analytics through real redirects', () => {
  const server = useTestServer();

  it('counts what the redirect recorded, in clickStats, clickCount and the export alike', async () => {
    const client = await signUp(server.url);
    const { createLink } = await client.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/r" }) { id code } }`,
    );
    const visit = (ua: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/${createLink.code}`, {
        redirect: 'manual',
        headers: { 'user-agent': ua, ...headers },
      });
    const chrome =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    const first = await visit(chrome);
    const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
    await visit(chrome, { cookie }); // the same visitor again
    await visit(iphone, { referer: 'https://l.instagram.com/x' });
    await visit('WhatsApp/2.23.20.0 A'); // the preview fetch of a pasted link
    await server.app.writer.drain();

    const { clickStats, link } = await client.ok(
      `query($id: ID!) {
        clickStats(linkId: $id, filter: { range: LAST_7_DAYS }) {
          totals { total unique bots }
          browsers { name clicks } platforms { name clicks } operatingSystems { name clicks }
          referrers { name clicks } botAgents { name clicks } countries { code name clicks }
        }
        link(id: $id) { clickCount }
      }`,
      { id: createLink.id },
    );
    assert.deepEqual(clickStats.totals, { total: 4, unique: 2, bots: 1 });
    assert.equal(link.clickCount, 4);
    assert.deepEqual(clickStats.botAgents, [{ name: 'WhatsApp preview', clicks: 1 }]);
    assert.deepEqual(clickStats.referrers, [
      { name: 'Direct', clicks: 3 },
      { name: 'l.instagram.com', clicks: 1 },
    ]);
    assert.deepEqual(clickStats.platforms, [
      { name: 'desktop', clicks: 2 },
      { name: 'mobile', clicks: 1 },
      { name: 'other', clicks: 1 },
    ]);
    assert.deepEqual(
      clickStats.operatingSystems.find((o: any) => o.name === 'iOS'),
      { name: 'iOS', clicks: 1 },
    );
    // Loopback addresses locate nowhere.
    assert.deepEqual(clickStats.countries, [{ code: null, name: 'Unknown', clicks: 4 }]);

    const res = await fetch(`${server.url}/api/links/${createLink.id}/clicks.csv?range=LAST_7_DAYS`, {
      headers: { cookie: client.cookieHeader() },
    });
    const rows = (await res.text()).trim().split('\r\n').slice(1);
    // Clicks of one writer batch may share a timestamp, so compare the classifications as a set.
    assert.deepEqual(rows.map((r) => r.split(',')[1]).sort(), ['BOT', 'REPEAT', 'UNIQUE', 'UNIQUE']);
  });
});
