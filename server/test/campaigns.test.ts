import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { CLICK_STATS_QUERY, insertClicks } from './utils/clicks';
import { settle, sql } from './utils/db';
import { createLink, signUp } from './utils/graphql';
import { visit } from './utils/http';
import { BatchedLinkLookup, type RedirectTarget } from '../src/clicks/link-cache';
import { LinkReader } from '../src/links/link.reader';
import { watchQueries } from './utils/queries';
import { useTestServer } from './utils/fixtures';
import { addRecipients, createCampaign, type RecipientData } from './utils/campaigns';

export const CAMPAIGN_FIELDS = `id name channel destinationUrl currency conversionTracking createdAt updatedAt linkCount recipientCount`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const GET = `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
const LIST = `query($search: String, $first: Int, $after: String) {
  campaigns(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`;
const RECIPIENT_FIELDS = `id externalId status sentAt deliveredAt readAt failedAt firstClickedAt clicks conversions conversionValue
  link { id code shortUrl destinationUrl campaign { id } recipient { id externalId } }`;
const ADD = `mutation($campaignId: ID!, $recipients: [RecipientInput!]!) {
  addRecipients(campaignId: $campaignId, recipients: $recipients) { ${RECIPIENT_FIELDS} } }`;
const RECIPIENTS = `query($campaignId: ID!, $search: String, $status: DeliveryStatus, $clicked: Boolean,
                          $converted: Boolean, $first: Int, $after: String) {
  recipients(campaignId: $campaignId, search: $search, status: $status, clicked: $clicked, converted: $converted,
             first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id externalId clicks firstClickedAt link { code } } } }`;
const LINKS = `query($campaignId: ID, $first: Int) {
  links(campaignId: $campaignId, first: $first) { totalCount nodes { id campaign { id } recipient { id } conversionTracking } } }`;
const CAMPAIGN_STATS = CLICK_STATS_QUERY.replace('$linkId: ID!', '$campaignId: ID!').replace(
  'clickStats(linkId: $linkId',
  'campaignClickStats(campaignId: $campaignId',
);

type Recipient = RecipientData;

describe('campaigns', () => {
  const server = useTestServer();

  describe('createCampaign / updateCampaign / campaigns', () => {
    it('creates with defaults, reads back, updates, and answers null for a foreign id', async () => {
      const client = await signUp(server.url);
      const created = await createCampaign(client, { name: '  Spring sale  ', destinationUrl: null });
      assert.equal(created.name, 'Spring sale');
      assert.equal(created.channel, 'OTHER');
      assert.equal(created.currency, 'USD');
      assert.equal(created.conversionTracking, false);
      assert.equal(created.destinationUrl, null);
      assert.equal(created.linkCount, 0);
      assert.equal(created.recipientCount, 0);
      assert.deepEqual((await client.ok(GET, { id: created.id })).campaign, created);

      const { updateCampaign } = await client.ok(UPDATE, {
        id: created.id,
        input: {
          channel: 'WHATSAPP',
          currency: 'eur',
          conversionTracking: true,
          destinationUrl: 'https://x.example/',
        },
      });
      assert.equal(updateCampaign.channel, 'WHATSAPP');
      assert.equal(updateCampaign.currency, 'EUR');
      assert.equal(updateCampaign.conversionTracking, true);
      assert.equal(updateCampaign.destinationUrl, 'https://x.example/');
      assert.equal(updateCampaign.name, 'Spring sale');

      const other = await signUp(server.url);
      assert.equal((await other.ok(GET, { id: created.id })).campaign, null);
      assert.equal((await other.ok(GET, { id: 'not-a-uuid' })).campaign, null);
      await other.fails(UPDATE, { id: created.id, input: { name: 'x' } }, 'NOT_FOUND');
    });

    it('refuses bad fields with BAD_USER_INPUT naming the field', async () => {
      const client = await signUp(server.url);
      await client.fails(CREATE, { input: { name: '' } }, 'BAD_USER_INPUT', 'name');
      await client.fails(CREATE, { input: { name: 'x'.repeat(201) } }, 'BAD_USER_INPUT', 'name');
      await client.fails(CREATE, { input: { name: 'Spring\u202egnp.exe' } }, 'BAD_USER_INPUT', 'name');
      await client.fails(CREATE, { input: { name: 'ok', currency: 'US' } }, 'BAD_USER_INPUT', 'currency');
      await client.fails(CREATE, { input: { name: 'ok', currency: 'XYZ' } }, 'BAD_USER_INPUT', 'currency');
      await client.fails(
        CREATE,
        { input: { name: 'ok', destinationUrl: 'javascript:alert(1)' } },
        'BAD_USER_INPUT',
        'destinationUrl',
      );
      await client.fails(CREATE, { input: { name: 'ok', channel: 'FAX' } }, 'BAD_USER_INPUT', 'channel');
      const { id } = await createCampaign(client);
      await client.fails(UPDATE, { id, input: { name: ' ' } }, 'BAD_USER_INPUT', 'name');
      const [row] = await sql(server, `SELECT count(*)::int AS n FROM campaigns WHERE account_id = $1`, [
        client.accountId,
      ]);
      assert.equal(row!.n, 1);
    });

    it('lists newest first with a case-insensitive name search and cursor paging', async () => {
      const client = await signUp(server.url);
      for (const name of ['Alpha', 'Beta 50%', 'gamma', 'ALPHABET']) await createCampaign(client, { name });
      const all = (await client.ok(LIST, {})).campaigns;
      assert.deepEqual(
        all.nodes.map((n: { name: string }) => n.name),
        ['ALPHABET', 'gamma', 'Beta 50%', 'Alpha'],
      );
      const alpha = (await client.ok(LIST, { search: 'alpha' })).campaigns;
      assert.equal(alpha.totalCount, 2);
      assert.equal((await client.ok(LIST, { search: '50%' })).campaigns.totalCount, 1);
      assert.equal((await client.ok(LIST, { search: '%' })).campaigns.totalCount, 1, '% is literal');
      const page1 = (await client.ok(LIST, { first: 3 })).campaigns;
      assert.equal(page1.pageInfo.hasNextPage, true);
      const page2 = (await client.ok(LIST, { first: 3, after: page1.pageInfo.endCursor })).campaigns;
      assert.deepEqual(
        page2.nodes.map((n: { name: string }) => n.name),
        ['Alpha'],
      );
      await client.fails(LIST, { first: 0 }, 'BAD_USER_INPUT', 'first');
      await client.fails(LIST, { after: 'garbage' }, 'BAD_USER_INPUT', 'after');
      const other = await signUp(server.url);
      assert.equal((await other.ok(LIST, {})).campaigns.totalCount, 0);
    });
  });

  describe('shared links', () => {
    it('createLink/updateLink take campaignId; links lists shared links only, by campaign', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const plain = await createLink(client);
      const shared = await createLink(client, { campaignId: campaign.id, conversionTracking: true });
      await addRecipients(client, campaign.id, [{ externalId: 'r1' }, { externalId: 'r2' }]);

      const all = (await client.ok(LINKS, {})).links;
      assert.equal(all.totalCount, 2, 'recipient links never crowd the list');
      assert.deepEqual(all.nodes.map((n: { id: string }) => n.id).sort(), [plain.id, shared.id].sort());
      const byCampaign = (await client.ok(LINKS, { campaignId: campaign.id })).links;
      assert.equal(byCampaign.totalCount, 1);
      assert.deepEqual(byCampaign.nodes[0], {
        id: shared.id,
        campaign: { id: campaign.id },
        recipient: null,
        conversionTracking: true,
      });
      assert.equal((await client.ok(GET, { id: campaign.id })).campaign.linkCount, 3);

      const detach = `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id campaign { id } conversionTracking } }`;
      const detached = (
        await client.ok(detach, { id: shared.id, input: { campaignId: null, conversionTracking: false } })
      ).updateLink;
      assert.deepEqual(detached, { id: shared.id, campaign: null, conversionTracking: false });
      const attached = (await client.ok(detach, { id: plain.id, input: { campaignId: campaign.id } }))
        .updateLink;
      assert.deepEqual(attached.campaign, { id: campaign.id });

      const other = await signUp(server.url);
      const theirs = await createCampaign(other);
      const create = `mutation($input: CreateLinkInput!) { createLink(input: $input) { id } }`;
      for (const campaignId of [theirs.id, randomUUID(), 'nope']) {
        await client.fails(
          create,
          { input: { destinationUrl: 'https://a.example/', campaignId } },
          'NOT_FOUND',
        );
        await client.fails(detach, { id: plain.id, input: { campaignId } }, 'NOT_FOUND');
        await client.fails(LINKS, { campaignId }, 'NOT_FOUND');
      }
      const [row] = await sql(server, `SELECT campaign_id FROM links WHERE id = $1`, [plain.id]);
      assert.equal(row!.campaign_id, campaign.id, 'a refused update changed nothing');
    });
  });

  describe('addRecipients', () => {
    it('creates one link per person, in input order, with generated codes and the right destinations', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const added = await addRecipients(client, campaign.id, [
        { externalId: 'crm-3' },
        { externalId: 'crm-1', destinationUrl: 'https://shop.example/vip' },
        { externalId: 'crm-2' },
      ]);
      assert.deepEqual(
        added.map((r) => r.externalId),
        ['crm-3', 'crm-1', 'crm-2'],
      );
      for (const r of added) {
        assert.match(r.link.code, /^[A-Za-z0-9]{7}$/);
        assert.equal(r.link.shortUrl, `http://sl.test/${r.link.code}`);
        assert.equal(r.status, 'PENDING');
        assert.equal(r.clicks, 0);
        assert.equal(r.firstClickedAt, null);
        assert.equal(r.conversions, 0);
        assert.equal(r.conversionValue, 0);
      }
      assert.equal(new Set(added.map((r) => r.link.code)).size, 3);
      assert.deepEqual(
        added.map((r) => r.link.destinationUrl),
        ['https://shop.example/spring', 'https://shop.example/vip', 'https://shop.example/spring'],
      );
      assert.deepEqual((added[1]!.link as unknown as { recipient: unknown }).recipient, {
        id: added[1]!.id,
        externalId: 'crm-1',
      });
      const redirect = await visit(server.url, added[1]!.link.code);
      assert.equal(redirect.status, 302);
      assert.equal(redirect.location, 'https://shop.example/vip');
      const counts = (await client.ok(GET, { id: campaign.id })).campaign;
      assert.equal(counts.recipientCount, 3);
      assert.equal(counts.linkCount, 3);
    });

    it('is idempotent by externalId: repeats in a call and across calls answer the first recipient', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const first = await addRecipients(client, campaign.id, [
        { externalId: 'a' },
        { externalId: 'b' },
        { externalId: 'a', destinationUrl: 'https://other.example/' },
      ]);
      assert.equal(first[0]!.id, first[2]!.id);
      assert.equal(first[2]!.link.destinationUrl, 'https://shop.example/spring', 'the first occurrence wins');
      const again = await addRecipients(client, campaign.id, [
        { externalId: 'c' },
        { externalId: 'b', destinationUrl: 'https://changed.example/' },
        { externalId: 'a' },
      ]);
      assert.equal(again[1]!.id, first[1]!.id);
      assert.equal(again[1]!.link.code, first[1]!.link.code);
      assert.equal(again[1]!.link.destinationUrl, 'https://shop.example/spring', 'nothing changed');
      assert.equal(again[2]!.id, first[0]!.id);
      const [row] = await sql(server, `SELECT count(*)::int AS n FROM links WHERE campaign_id = $1`, [
        campaign.id,
      ]);
      assert.equal(row!.n, 3);
      // Uploads run one at a time per campaign: two racing calls never both add a person.
      const ids = Array.from({ length: 50 }, (_, i) => ({ externalId: `race-${i}` }));
      const [x, y] = await Promise.all([
        addRecipients(client, campaign.id, ids),
        addRecipients(client, campaign.id, [...ids].reverse()),
      ]);
      assert.deepEqual(
        x.map((r) => r.id),
        [...y].reverse().map((r) => r.id),
      );
    });

    it('is all or nothing: one bad item fails the call with its field and index', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const noDefault = await createCampaign(client, { destinationUrl: null });
      const cases: [string, Record<string, unknown>[], string, number][] = [
        [campaign.id, [{ externalId: 'ok' }, { externalId: 'ok2' }, { externalId: '' }], 'externalId', 2],
        [campaign.id, [{ externalId: 'x'.repeat(201) }], 'externalId', 0],
        [campaign.id, [{ externalId: 'ok' }, { externalId: 'tab\there' }], 'externalId', 1],
        [campaign.id, [{ externalId: 'ok' }, { externalId: 'c1\u0085' }], 'externalId', 1],
        [campaign.id, [{ externalId: '\udfffx' }, { externalId: '\ud800x' }], 'externalId', 0],
        [
          campaign.id,
          [{ externalId: 'ok' }, { externalId: 'u', destinationUrl: 'ftp://x' }],
          'destinationUrl',
          1,
        ],
        [
          noDefault.id,
          [{ externalId: 'a', destinationUrl: 'https://a.example/' }, { externalId: 'b' }],
          'destinationUrl',
          1,
        ],
      ];
      for (const [campaignId, recipients, field, index] of cases) {
        const error = await client.fails(ADD, { campaignId, recipients }, 'BAD_USER_INPUT', field);
        assert.equal(error.extensions?.index, index, JSON.stringify(error));
      }
      const [row] = await sql(server, `SELECT count(*)::int AS n FROM links WHERE account_id = $1`, [
        client.accountId,
      ]);
      assert.equal(row!.n, 0, 'nothing was written');
      // 200 characters (not UTF-16 units) is the limit.
      await addRecipients(client, campaign.id, [{ externalId: '😀'.repeat(200) }]);
    });

    it('takes 1 to 10,000 recipients a call, in one round trip for the codes', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      await client.fails(ADD, { campaignId: campaign.id, recipients: [] }, 'BAD_USER_INPUT', 'recipients');
      const many = Array.from({ length: 10_001 }, (_, i) => ({ externalId: `p${i}` }));
      await client.fails(ADD, { campaignId: campaign.id, recipients: many }, 'BAD_USER_INPUT', 'recipients');
      const added = await addRecipients(client, campaign.id, many.slice(0, 10_000));
      assert.equal(added.length, 10_000);
      assert.equal(added[9_999]!.externalId, 'p9999');
      assert.equal(new Set(added.map((r) => r.link.code)).size, 10_000);
      const other = await signUp(server.url);
      await other.fails(ADD, { campaignId: campaign.id, recipients: [{ externalId: 'x' }] }, 'NOT_FOUND');
      await other.fails(ADD, { campaignId: 'bad', recipients: [{ externalId: 'x' }] }, 'NOT_FOUND');
    });
  });

  describe('recipients and their clicks', () => {
    it('counts non-bot clicks and the first click per recipient; filters, searches and pages in upload order', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const added = await addRecipients(
        client,
        campaign.id,
        ['zed', 'Anna', 'bob', 'anne'].map((externalId) => ({ externalId })),
      );
      const [zed, anna] = added;
      await insertClicks(server.db.dataSource, anna!.link.id, [
        { at: '2026-03-02T10:00:00Z', classification: 'BOT' },
        { at: '2026-03-02T11:00:00Z' },
        { at: '2026-03-02T12:00:00Z', classification: 'REPEAT' },
      ]);
      await visit(server.url, zed!.link.code);
      await settle(server);

      const page = (await client.ok(RECIPIENTS, { campaignId: campaign.id })).recipients;
      assert.deepEqual(
        page.nodes.map((n: Recipient) => [n.externalId, n.clicks]),
        [
          ['zed', 1],
          ['Anna', 2],
          ['bob', 0],
          ['anne', 0],
        ],
      );
      assert.equal(page.nodes[1].firstClickedAt, '2026-03-02T11:00:00.000Z', 'bots do not count');
      assert.ok(page.nodes[0].firstClickedAt);
      const clicked = (await client.ok(RECIPIENTS, { campaignId: campaign.id, clicked: true })).recipients;
      assert.deepEqual(
        clicked.nodes.map((n: Recipient) => n.externalId),
        ['zed', 'Anna'],
      );
      const notClicked = (await client.ok(RECIPIENTS, { campaignId: campaign.id, clicked: false }))
        .recipients;
      assert.equal(notClicked.totalCount, 2);
      const search = (await client.ok(RECIPIENTS, { campaignId: campaign.id, search: 'AN' })).recipients;
      assert.deepEqual(
        search.nodes.map((n: Recipient) => n.externalId),
        ['Anna', 'anne'],
      );
      assert.equal(
        (await client.ok(RECIPIENTS, { campaignId: campaign.id, status: 'PENDING' })).recipients.totalCount,
        4,
      );
      assert.equal(
        (await client.ok(RECIPIENTS, { campaignId: campaign.id, converted: true })).recipients.totalCount,
        0,
      );
      const p1 = (await client.ok(RECIPIENTS, { campaignId: campaign.id, first: 3 })).recipients;
      const p2 = (
        await client.ok(RECIPIENTS, { campaignId: campaign.id, first: 3, after: p1.pageInfo.endCursor })
      ).recipients;
      assert.equal(p1.pageInfo.hasNextPage, true);
      assert.deepEqual(
        p2.nodes.map((n: Recipient) => n.externalId),
        ['anne'],
      );
      assert.equal(p2.pageInfo.hasNextPage, false);
      await client.fails(RECIPIENTS, { campaignId: campaign.id, after: 'xyz' }, 'BAD_USER_INPUT', 'after');
      const other = await signUp(server.url);
      await other.fails(RECIPIENTS, { campaignId: campaign.id }, 'NOT_FOUND');
    });

    it('refuses deleteLink of a recipient link, which keeps redirecting', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const [r] = await addRecipients(client, campaign.id, [{ externalId: 'keep' }]);
      await client.fails(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: r!.link.id }, 'BAD_USER_INPUT');
      assert.equal((await visit(server.url, r!.link.code)).status, 302);
      const update = `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id } }`;
      await client.fails(
        update,
        { id: r!.link.id, input: { campaignId: null } },
        'BAD_USER_INPUT',
        'campaignId',
      );
    });
  });

  describe('campaignClickStats', () => {
    it("is the sum of its links' stats, with breakdowns summing to the totals, on every range shape", async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const shared = await createLink(client, { campaignId: campaign.id });
      const outside = await createLink(client);
      const [r1, r2] = await addRecipients(client, campaign.id, [{ externalId: '1' }, { externalId: '2' }]);
      const db = server.db.dataSource;
      await insertClicks(db, shared.id, [
        { at: '2026-03-02T10:07:00Z', country: 'DE', city: 'Berlin', latitude: 52.5, longitude: 13.4 },
        {
          at: '2026-03-03T23:50:00Z',
          classification: 'BOT',
          botAgent: 'WhatsApp preview',
          browser: 'Unknown',
        },
      ]);
      await insertClicks(db, r1!.link.id, [
        {
          at: '2026-03-02T10:20:00Z',
          browser: 'Safari',
          os: 'iOS',
          platform: 'mobile',
          referrerHost: 'wa.me',
        },
        { at: '2026-03-04T05:40:00Z', classification: 'REPEAT', country: 'IN' },
      ]);
      await insertClicks(db, r2!.link.id, [{ at: '2026-03-05T00:05:00Z', country: 'DE' }]);
      await insertClicks(db, outside.id, [{ at: '2026-03-02T10:00:00Z' }]);

      const filters = [
        { from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z' },
        // Edges finer than an hour: read from raw clicks.
        { from: '2026-03-02T10:10:00Z', to: '2026-03-04T05:45:00Z' },
        { from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z', timeZone: 'Asia/Kolkata' },
      ];
      for (const filter of filters) {
        for (const excludeBots of [false, true]) {
          const vars = { filter, excludeBots, interval: 'DAY' };
          const { campaignClickStats: stats } = await client.ok(CAMPAIGN_STATS, {
            campaignId: campaign.id,
            ...vars,
          });
          const perLink = await Promise.all(
            [shared.id, r1!.link.id, r2!.link.id].map(
              async (linkId) => (await client.ok(CLICK_STATS_QUERY, { linkId, ...vars })).clickStats,
            ),
          );
          const sum = (pick: (s: any) => number) => perLink.reduce((n, s) => n + pick(s), 0);
          assert.equal(
            stats.totals.total,
            sum((s) => s.totals.total),
            JSON.stringify(filter),
          );
          assert.equal(
            stats.totals.unique,
            sum((s) => s.totals.unique),
          );
          assert.equal(
            stats.totals.bots,
            sum((s) => s.totals.bots),
          );
          stats.series.forEach((bucket: any, i: number) =>
            assert.equal(
              bucket.total,
              sum((s) => s.series[i].total),
            ),
          );
          for (const key of ['countries', 'browsers', 'platforms', 'operatingSystems', 'referrers']) {
            const total = stats[key].reduce((n: number, c: { clicks: number }) => n + c.clicks, 0);
            assert.equal(total, stats.totals.total, `${key} sums to the total`);
          }
        }
      }
      const { campaignClickStats: all } = await client.ok(CAMPAIGN_STATS, {
        campaignId: campaign.id,
        filter: filters[0],
      });
      assert.equal(all.totals.total, 5, 'the link outside the campaign is not counted');
      // Recipient links keep no per-link aggregates (their clickStats above read raw clicks); shared ones do.
      const [agg] = await sql(
        server,
        `SELECT (SELECT count(*) FROM link_click_slots WHERE link_id = ANY($1::uuid[]))::int AS recipient,
                (SELECT count(*) FROM link_click_slots WHERE link_id = $2)::int AS shared`,
        [[r1!.link.id, r2!.link.id], shared.id],
      );
      assert.deepEqual(agg, { recipient: 0, shared: 2 });
      assert.deepEqual(all.botAgents, [{ name: 'WhatsApp preview', clicks: 1 }]);

      const other = await signUp(server.url);
      await other.fails(CAMPAIGN_STATS, { campaignId: campaign.id }, 'NOT_FOUND');
      await client.fails(CAMPAIGN_STATS, { campaignId: randomUUID() }, 'NOT_FOUND');
      await client.fails(
        CAMPAIGN_STATS,
        { campaignId: campaign.id, filter: { range: 'LAST_7_DAYS', from: '2026-03-01T00:00:00Z' } },
        'BAD_USER_INPUT',
        'range',
      );
    });
  });

  describe('deleteCampaign', () => {
    it('removes the campaign with every link, click, aggregate and recipient; other campaigns stay', async () => {
      const client = await signUp(server.url);
      const doomed = await createCampaign(client);
      const kept = await createCampaign(client);
      const shared = await createLink(client, { campaignId: doomed.id });
      const [r] = await addRecipients(client, doomed.id, [{ externalId: 'x' }, { externalId: 'y' }]);
      const [k] = await addRecipients(client, kept.id, [{ externalId: 'x' }]);
      assert.equal((await visit(server.url, r!.link.code)).status, 302, 'cached before the delete');
      await insertClicks(server.db.dataSource, r!.link.id, [{ at: '2026-03-02T10:00:00Z' }]);
      await insertClicks(server.db.dataSource, shared.id, [{ at: '2026-03-02T10:00:00Z' }]);
      await settle(server);

      const del = `mutation($id: ID!) { deleteCampaign(id: $id) }`;
      const other = await signUp(server.url);
      await other.fails(del, { id: doomed.id }, 'NOT_FOUND');
      assert.equal((await client.ok(del, { id: doomed.id })).deleteCampaign, true);
      await client.fails(del, { id: doomed.id }, 'NOT_FOUND');
      assert.equal((await client.ok(GET, { id: doomed.id })).campaign, null);

      const left = await sql(
        server,
        `SELECT (SELECT count(*) FROM links WHERE campaign_id = $1 OR id = ANY($2::uuid[]))::int AS links,
                (SELECT count(*) FROM clicks WHERE link_id = ANY($2::uuid[]))::int AS clicks,
                (SELECT count(*) FROM recipients WHERE campaign_id = $1)::int AS recipients,
                (SELECT count(*) FROM campaign_click_slots WHERE campaign_id = $1)::int AS slots,
                (SELECT count(*) FROM campaign_click_breakdowns WHERE campaign_id = $1)::int AS breakdowns,
                (SELECT count(*) FROM link_click_slots WHERE link_id = ANY($2::uuid[]))::int AS link_slots`,
        [doomed.id, [r!.link.id, shared.id]],
      );
      assert.deepEqual(left[0], {
        links: 0,
        clicks: 0,
        recipients: 0,
        slots: 0,
        breakdowns: 0,
        link_slots: 0,
      });
      assert.equal((await visit(server.url, r!.link.code)).status, 404);
      assert.equal((await visit(server.url, shared.code)).status, 404);
      assert.equal((await visit(server.url, k!.link.code)).status, 302);
      assert.equal((await client.ok(GET, { id: kept.id })).campaign.recipientCount, 1);
    });
  });

  describe('redirects of recipient links', () => {
    it('misses of one tick are one `code = ANY` round trip; at most maxInFlight run at once', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const added = await addRecipients(
        client,
        campaign.id,
        Array.from({ length: 250 }, (_, i) => ({ externalId: `tick-${i}` })),
      );
      const lookup = new BatchedLinkLookup(new LinkReader(server.db.dataSource), {
        maxBatch: 100,
        maxInFlight: 2,
      });
      const queries = watchQueries();
      let found: (RedirectTarget | null)[];
      try {
        // 250 codes (and 10 unknown ones, and a repeat) in one tick: batches of at most 100, two at a time.
        const codes = [
          ...added.map((r) => r.link.code),
          ...Array.from({ length: 10 }, (_, i) => `Nx${i}zzzz`),
        ];
        found = await Promise.all([...codes, codes[0]!].map((code) => lookup.find(code)));
      } finally {
        queries.stop();
      }
      const reads = queries.texts.filter((t) =>
        /FROM unnest\(\$1::text\[\]\) AS u\(code\)\s+JOIN links/.test(t),
      );
      assert.equal(reads.length, 3, 'ceil(260 / 100) round trips');
      assert.equal(queries.texts.filter((t) => /WHERE code = \$1/.test(t)).length, 0);
      assert.deepEqual(lookup.stats, { reads: 3, codes: 260 });
      assert.deepEqual(
        found.slice(0, 250).map((t) => t?.id),
        added.map((r) => r.link.id),
      );
      assert.deepEqual(found.slice(250, 260), Array(10).fill(null));
      assert.equal(found[260]?.id, added[0]!.link.id);
    });

    it('a burst over never-visited codes redirects every one and records every click', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const added = await addRecipients(
        client,
        campaign.id,
        Array.from({ length: 300 }, (_, i) => ({ externalId: `burst-${i}` })),
      );
      const answers = await Promise.all(
        added.map((r) => visit(server.url, r.link.code).then((v) => v.status)),
      );
      assert.ok(answers.every((status) => status === 302));
      await settle(server);
      const page = (await client.ok(RECIPIENTS, { campaignId: campaign.id, clicked: false })).recipients;
      assert.equal(page.totalCount, 0, 'every recipient has their click');
      const { campaignClickStats } = await client.ok(CAMPAIGN_STATS, { campaignId: campaign.id });
      assert.equal(campaignClickStats.totals.total, 300);
      assert.equal(campaignClickStats.totals.unique, 300);
    });
  });

  describe('recipients.csv', () => {
    it('streams every recipient in upload order: external_id, short_url, delivery state, first click, counters', async () => {
      const client = await signUp(server.url);
      const campaign = await createCampaign(client);
      const added = await addRecipients(client, campaign.id, [
        { externalId: 'b,"quoted"' },
        { externalId: '=SUM(A1)' },
        { externalId: 'a' },
      ]);
      await insertClicks(server.db.dataSource, added[2]!.link.id, [{ at: '2026-03-02T10:00:00Z' }]);
      const res = await fetch(`${server.url}/api/campaigns/${campaign.id}/recipients.csv`, {
        headers: { cookie: client.cookieHeader() },
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
      const lines = (await res.text()).trimEnd().split('\r\n');
      assert.equal(
        lines[0],
        'external_id,short_url,status,sent_at,delivered_at,read_at,failed_at,first_clicked_at,clicks,conversions,conversion_value',
      );
      assert.deepEqual(lines.slice(1), [
        `"b,""quoted""",${added[0]!.link.shortUrl},PENDING,,,,,,0,0,0`,
        `'=SUM(A1),${added[1]!.link.shortUrl},PENDING,,,,,,0,0,0`,
        `a,${added[2]!.link.shortUrl},PENDING,,,,,2026-03-02T10:00:00.000Z,1,0,0`,
      ]);
      const empty = await createCampaign(client);
      const none = await fetch(`${server.url}/api/campaigns/${empty.id}/recipients.csv`, {
        headers: { cookie: client.cookieHeader() },
      });
      assert.equal(none.status, 200);
      assert.equal((await none.text()).trimEnd().split('\r\n').length, 1);
      const anonymous = await fetch(`${server.url}/api/campaigns/${campaign.id}/recipients.csv`);
      assert.equal(anonymous.status, 401);
    });
  });
});
