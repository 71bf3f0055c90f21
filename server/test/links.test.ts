import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { countFor, settle, sql } from './utils/db';
import {
  createLink,
  expectError,
  LINK_FIELDS,
  signUp,
  type LinkData,
  type SignedUpClient,
} from './utils/graphql';
import { visit } from './utils/http';
import { watchQueries } from './utils/queries';
import { useTestServer } from './utils/fixtures';

const CREATE = `mutation($input: CreateLinkInput!) { createLink(input: $input) { ${LINK_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { ${LINK_FIELDS} } }`;
const GET = `query($id: ID!) { link(id: $id) { ${LINK_FIELDS} } }`;
const LIST = `query($search: String, $first: Int, $after: String) {
  links(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id code title destinationUrl createdAt }
  } }`;

/** A code no other test (or earlier run on a shared database) can have taken. */
const freshCode = (prefix = 'c') => `${prefix}${randomBytes(8).toString('hex')}`.slice(0, 12);
const waitUntil = async (instant: number) => {
  const ms = instant - Date.now();
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
};

describe('links', () => {
  const server = useTestServer();

  describe('createLink', () => {
    it('creates a link with every field, and shortUrl on the public base URL', async () => {
      const client = await signUp(server.url);
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
      const code = freshCode('Ab');
      const link = await createLink(client, {
        destinationUrl: 'https://example.com/spring?utm_source=crm#top',
        title: '  Spring campaign  ',
        customCode: code,
        expiresAt,
      });
      assert.equal(link.code, code);
      assert.equal(link.shortUrl, `http://sl.test/${code}`);
      assert.equal(link.destinationUrl, 'https://example.com/spring?utm_source=crm#top');
      assert.equal(link.title, 'Spring campaign');
      assert.equal(link.expiresAt, expiresAt);
      assert.equal(link.status, 'ACTIVE');
      assert.equal(link.clickCount, 0);
      assert.ok(Math.abs(Date.parse(link.createdAt) - Date.now()) < 60_000);
      assert.deepEqual((await client.ok(GET, { id: link.id })).link, link);
    });

    it('accepts the edges: 2,048-character URL, 200-character title, 4- and 12-character codes', async () => {
      const client = await signUp(server.url);
      const base = 'https://example.com/';
      const long = base + 'a'.repeat(2048 - base.length);
      assert.equal((await createLink(client, { destinationUrl: long })).destinationUrl, long);
      assert.equal((await createLink(client, { title: 'é'.repeat(200) })).title, 'é'.repeat(200));
      assert.equal((await createLink(client, { title: '🙂'.repeat(200) })).title, '🙂'.repeat(200));
      const four = freshCode('').slice(0, 4);
      const twelve = freshCode('Z');
      assert.equal((await createLink(client, { customCode: four })).code, four);
      assert.equal((await createLink(client, { customCode: twelve })).code, twelve);
      assert.equal(
        (await createLink(client, { destinationUrl: 'http://example.com' })).destinationUrl,
        'http://example.com/',
      );
    });

    it('generates 7-character [A-Za-z0-9] codes for a blank, empty or missing customCode, never sequential', async () => {
      const client = await signUp(server.url);
      const codes: string[] = [];
      for (const customCode of [
        undefined,
        null,
        '',
        '   ',
        undefined,
        null,
        '',
        undefined,
        null,
        '',
        undefined,
        null,
      ]) {
        const input = customCode === undefined ? {} : { customCode };
        codes.push((await createLink(client, input)).code);
      }
      for (const code of codes) assert.match(code, /^[A-Za-z0-9]{7}$/);
      assert.equal(new Set(codes).size, codes.length);
      // Consecutive codes share almost nothing: random, not a counter.
      for (let i = 1; i < codes.length; i++) {
        const same = [...codes[i]!].filter((ch, j) => codes[i - 1]![j] === ch).length;
        assert.ok(same <= 4, `${codes[i - 1]} → ${codes[i]} look sequential`);
      }
      const alphabet = new Set(codes.join(''));
      assert.ok(alphabet.size > 30, 'codes use the whole alphabet');
    });

    it('codes are case-sensitive: AbCd and abcd are two links', async () => {
      const client = await signUp(server.url);
      const code = freshCode('Q').slice(0, 8);
      const upper = await createLink(client, {
        customCode: code.toUpperCase(),
        destinationUrl: 'https://example.com/upper',
      });
      const lower = await createLink(client, {
        customCode: code.toLowerCase(),
        destinationUrl: 'https://example.com/lower',
      });
      assert.notEqual(upper.id, lower.id);
      assert.equal((await visit(server.url, upper.code)).location, 'https://example.com/upper');
      assert.equal((await visit(server.url, lower.code)).location, 'https://example.com/lower');
      const { linkByCode } = await client.ok(`query($c: String!) { linkByCode(code: $c) { id } }`, {
        c: lower.code,
      });
      assert.equal(linkByCode.id, lower.id);
    });

    describe('rejects bad input with its code and field, writing nothing', () => {
      let client: SignedUpClient;
      let taken: LinkData;
      before(async () => {
        client = await signUp(server.url);
        taken = await createLink(client, { customCode: freshCode('T') });
      });

      const reject = async (input: Record<string, unknown>, code: string, field: string) => {
        const before = await countFor(server, 'links', client.accountId);
        const res = await client.request(CREATE, {
          input: { destinationUrl: 'https://example.com/ok', ...input },
        });
        const error = expectError(res, code, field);
        assert.equal(await countFor(server, 'links', client.accountId), before, 'no row written');
        return error;
      };

      const destinationCases: [string, string][] = [
        ['empty', ''],
        ['blank', '   '],
        ['relative path', '/pricing'],
        ['scheme-relative', '//example.com/x'],
        ['bare domain', 'example.com/x'],
        ['javascript:', 'javascript:alert(document.cookie)'],
        ['JavaScript: in capitals', 'JavaScript:alert(1)'],
        ['data:', 'data:text/html,<script>alert(1)</script>'],
        ['ftp:', 'ftp://files.example.com/a.zip'],
        ['mailto:', 'mailto:someone@example.com'],
        ['file:', 'file:///etc/passwd'],
        ['credentials', 'https://user:secret@example.com/'],
        ['user name only', 'https://user@example.com/'],
        ['too long', 'https://example.com/' + 'a'.repeat(2049 - 'https://example.com/'.length)],
        ['own short domain', 'http://sl.test/abcd'],
        ['own short domain over https', 'https://sl.test/abcd'],
        ['own short domain, other case and trailing dot', 'HTTP://SL.TEST./abcd'],
        ['own short domain, explicit default port', 'http://sl.test:80/abcd'],
        ['spaces inside', 'https://example.com/a b'],
      ];
      for (const [name, destinationUrl] of destinationCases) {
        it(`destinationUrl ${name} → BAD_USER_INPUT on destinationUrl`, async () => {
          await reject({ destinationUrl }, 'BAD_USER_INPUT', 'destinationUrl');
        });
      }

      it('destinationUrl omitted → BAD_USER_INPUT naming destinationUrl', async () => {
        const res = await client.request(CREATE, { input: { title: 'no destination' } });
        expectError(res, 'BAD_USER_INPUT', 'destinationUrl');
        expectError(
          await client.request(CREATE, { input: { destinationUrl: 42 } }),
          'BAD_USER_INPUT',
          'destinationUrl',
        );
      });

      it('title over 200 characters → BAD_USER_INPUT on title', async () => {
        await reject({ title: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'title');
        await reject({ title: '🙂'.repeat(201) }, 'BAD_USER_INPUT', 'title');
      });

      const formatCases: [string, string][] = [
        ['3 characters', 'abc'],
        ['13 characters', 'abcdefghijklm'],
        ['a dash', 'ab-cd'],
        ['an underscore', 'ab_cd'],
        ['a space', 'ab cd'],
        ['a slash', 'ab/cd'],
        ['a dot', 'ab.cd'],
        ['a non-ASCII letter', 'abcé'],
        ['`api` (reserved, but malformed first)', 'api'],
        ['`app` (reserved, but malformed first)', 'app'],
      ];
      for (const [name, customCode] of formatCases) {
        it(`customCode with ${name} → BAD_USER_INPUT on customCode`, async () => {
          await reject({ customCode }, 'BAD_USER_INPUT', 'customCode');
        });
      }

      for (const customCode of [
        'graphql',
        'GraphQL',
        'GRAPHQL',
        'health',
        'healthz',
        'assets',
        'Assets',
        'admin',
      ]) {
        it(`customCode ${customCode} → CODE_RESERVED on customCode`, async () => {
          await reject({ customCode }, 'CODE_RESERVED', 'customCode');
        });
      }

      it('a taken customCode → CODE_TAKEN on customCode, for its owner and for another account', async () => {
        await reject({ customCode: taken.code }, 'CODE_TAKEN', 'customCode');
        const other = await signUp(server.url);
        const res = await other.request(CREATE, {
          input: { destinationUrl: 'https://example.com', customCode: taken.code },
        });
        expectError(res, 'CODE_TAKEN', 'customCode');
        assert.equal(await countFor(server, 'links', other.accountId), 0);
        const { link } = await client.ok(GET, { id: taken.id });
        assert.equal(link.destinationUrl, taken.destinationUrl, 'the owner’s link is untouched');
      });

      it('expiresAt in the past, or now → BAD_USER_INPUT on expiresAt', async () => {
        await reject(
          { expiresAt: new Date(Date.now() - 60_000).toISOString() },
          'BAD_USER_INPUT',
          'expiresAt',
        );
        await reject({ expiresAt: '2001-01-01T00:00:00.000Z' }, 'BAD_USER_INPUT', 'expiresAt');
      });

      it('a malformed expiresAt → BAD_USER_INPUT on expiresAt, no stack trace, nothing written', async () => {
        const before = await countFor(server, 'links', client.accountId);
        const res = await client.request(CREATE, {
          input: { destinationUrl: 'https://example.com', expiresAt: 'next tuesday' },
        });
        expectError(res, 'BAD_USER_INPUT', 'expiresAt');
        assert.equal(await countFor(server, 'links', client.accountId), before);
      });

      it('concurrent creates of one custom code: exactly one wins, the others get CODE_TAKEN', async () => {
        const code = freshCode('R');
        const results = await Promise.all(
          [0, 1, 2, 3, 4].map(() =>
            client.request(CREATE, { input: { destinationUrl: 'https://example.com', customCode: code } }),
          ),
        );
        assert.equal(results.filter((r) => !r.errors).length, 1);
        for (const r of results.filter((r) => r.errors)) expectError(r, 'CODE_TAKEN', 'customCode');
        const rows = await sql(server, `SELECT 1 FROM links WHERE code = $1`, [code]);
        assert.equal(rows.length, 1);
      });
    });
  });

  describe('updateLink', () => {
    it('changes destination, title and expiration; the redirect follows at once; the code never changes', async () => {
      const client = await signUp(server.url);
      const link = await createLink(client, { title: 'Old', destinationUrl: 'https://example.com/old' });
      assert.equal((await visit(server.url, link.code)).location, 'https://example.com/old');
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const { updateLink } = await client.ok(UPDATE, {
        id: link.id,
        input: { destinationUrl: 'https://example.com/new', title: 'New', expiresAt },
      });
      assert.equal(updateLink.code, link.code);
      assert.equal(updateLink.destinationUrl, 'https://example.com/new');
      assert.equal(updateLink.title, 'New');
      assert.equal(updateLink.expiresAt, expiresAt);
      assert.equal(updateLink.createdAt, link.createdAt);
      assert.ok(Date.parse(updateLink.updatedAt) >= Date.parse(link.updatedAt));
      assert.equal((await visit(server.url, link.code)).location, 'https://example.com/new');

      // Omitted fields stay; null clears title and expiresAt.
      const { updateLink: cleared } = await client.ok(UPDATE, {
        id: link.id,
        input: { title: null, expiresAt: null },
      });
      assert.equal(cleared.destinationUrl, 'https://example.com/new');
      assert.equal(cleared.title, null);
      assert.equal(cleared.expiresAt, null);

      // The input has no code: trying to send one is rejected by the schema, and nothing changes.
      const res = await client.request(
        `mutation($id: ID!) { updateLink(id: $id, input: { code: "hijack" }) { code } }`,
        {
          id: link.id,
        },
      );
      assert.ok(res.errors?.length);
      assert.equal((await client.ok(GET, { id: link.id })).link.code, link.code);
    });

    it('validates like createLink and changes nothing on an error', async () => {
      const client = await signUp(server.url);
      const link = await createLink(client, { title: 'Keep', destinationUrl: 'https://example.com/keep' });
      const cases: [Record<string, unknown>, string][] = [
        [{ destinationUrl: 'javascript:alert(1)' }, 'destinationUrl'],
        [{ destinationUrl: '' }, 'destinationUrl'],
        [{ destinationUrl: null }, 'destinationUrl'],
        [{ destinationUrl: 'https://sl.test/x' }, 'destinationUrl'],
        [{ destinationUrl: 'https://a:b@example.com' }, 'destinationUrl'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ expiresAt: new Date(Date.now() - 1000).toISOString() }, 'expiresAt'],
        [{ title: 'Changed', destinationUrl: 'ftp://x' }, 'destinationUrl'],
      ];
      for (const [input, field] of cases) {
        expectError(await client.request(UPDATE, { id: link.id, input }), 'BAD_USER_INPUT', field);
      }
      const { link: after } = await client.ok(GET, { id: link.id });
      assert.deepEqual(after, link);
    });

    it('a missing or malformed id → NOT_FOUND', async () => {
      const client = await signUp(server.url);
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '', '1']) {
        expectError(await client.request(UPDATE, { id, input: { title: 'x' } }), 'NOT_FOUND');
      }
    });

    it('clearing (or moving) the expiration of an expired link makes it ACTIVE again', async () => {
      const client = await signUp(server.url);
      const expiry = Date.now() + 1000;
      const a = await createLink(client, { expiresAt: new Date(expiry).toISOString() });
      const b = await createLink(client, { expiresAt: new Date(expiry).toISOString() });
      await waitUntil(expiry + 50);
      assert.equal((await client.ok(GET, { id: a.id })).link.status, 'EXPIRED');
      assert.equal((await visit(server.url, a.code)).status, 410);

      const { updateLink } = await client.ok(UPDATE, { id: a.id, input: { expiresAt: null } });
      assert.equal(updateLink.status, 'ACTIVE');
      assert.equal(updateLink.expiresAt, null);
      assert.equal((await visit(server.url, a.code)).status, 302);

      const later = new Date(Date.now() + 3_600_000).toISOString();
      const { updateLink: moved } = await client.ok(UPDATE, { id: b.id, input: { expiresAt: later } });
      assert.equal(moved.status, 'ACTIVE');
      assert.equal((await visit(server.url, b.code)).status, 302);

      // Editing only the title of an expired link is allowed and keeps it expired.
      const c = await createLink(client, { expiresAt: new Date(Date.now() + 500).toISOString() });
      await waitUntil(Date.now() + 600);
      const { updateLink: titled } = await client.ok(UPDATE, { id: c.id, input: { title: 'renamed' } });
      assert.equal(titled.status, 'EXPIRED');
      // …also when the form sends the (passed) expiry back unchanged; a new past expiry is still refused.
      const { updateLink: resent } = await client.ok(UPDATE, {
        id: c.id,
        input: { title: 'again', expiresAt: titled.expiresAt },
      });
      assert.equal(resent.title, 'again');
      assert.equal(resent.expiresAt, titled.expiresAt);
      const past = new Date(Date.now() - 60_000).toISOString();
      expectError(
        await client.request(UPDATE, { id: c.id, input: { expiresAt: past } }),
        'BAD_USER_INPUT',
        'expiresAt',
      );
    });
  });

  describe('deleteLink', () => {
    it('removes the link with its clicks, visitors and counters; its code then answers 404', async () => {
      const client = await signUp(server.url);
      const link = await createLink(client);
      const keep = await createLink(client);
      for (const target of [link, keep, link])
        assert.equal((await visit(server.url, target.code)).status, 302);
      await settle(server);
      const count = async (table: string, id: string) =>
        Number((await sql(server, `SELECT count(*) AS n FROM ${table} WHERE link_id = $1`, [id]))[0]!.n);
      assert.equal(await count('clicks', link.id), 2);
      assert.ok((await count('link_visitors', link.id)) > 0);
      assert.equal(await count('link_click_counts', link.id), 1);

      const { deleteLink } = await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id });
      assert.equal(deleteLink, true);
      assert.equal(await count('clicks', link.id), 0);
      assert.equal(await count('link_visitors', link.id), 0);
      assert.equal(await count('link_click_counts', link.id), 0);
      assert.equal((await client.ok(GET, { id: link.id })).link, null);
      const gone = await visit(server.url, link.code);
      assert.equal(gone.status, 404);
      assert.match(gone.contentType ?? '', /text\/html/);
      await settle(server);
      assert.equal(await count('clicks', link.id), 0, 'a click on a deleted code records nothing');

      // The other link is untouched; deleting again is NOT_FOUND.
      assert.equal(await count('clicks', keep.id), 1);
      assert.equal((await client.ok(GET, { id: keep.id })).link.clickCount, 1);
      expectError(
        await client.request(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id }),
        'NOT_FOUND',
      );
      expectError(await client.request(`mutation { deleteLink(id: "garbage") }`), 'NOT_FOUND');
    });

    it('a click still queued when its link is deleted is dropped, not an error', async () => {
      const client = await signUp(server.url);
      const link = await createLink(client);
      assert.equal((await visit(server.url, link.code)).status, 302);
      await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id });
      await settle(server);
      assert.equal(server.app.writer.pending, 0);
      const rows = await sql(server, `SELECT 1 FROM clicks WHERE link_id = $1`, [link.id]);
      assert.equal(rows.length, 0);
    });
  });

  describe('link, linkByCode', () => {
    it('link answers null for a missing or malformed id; linkByCode null for an unknown code', async () => {
      const client = await signUp(server.url);
      await createLink(client);
      for (const id of ['00000000-0000-4000-8000-000000000000', 'abc', '', "'; DROP TABLE links; --"]) {
        const res = await client.request(GET, { id });
        assert.equal(res.errors, undefined);
        assert.equal(res.data!.link, null);
      }
      for (const code of ['zzzzzzzz', '', 'x'.repeat(500), 'ab%']) {
        const res = await client.request(`query($c: String!) { linkByCode(code: $c) { id } }`, { c: code });
        assert.equal(res.errors, undefined);
        assert.equal(res.data!.linkByCode, null);
      }
    });
  });

  describe('links: search', () => {
    let client: SignedUpClient;
    const made: Record<string, LinkData> = {};
    before(async () => {
      client = await signUp(server.url);
      made.sale = await createLink(client, {
        title: 'Summer SALE 50% off',
        destinationUrl: 'https://shop.example/sale',
      });
      made.camp = await createLink(client, {
        title: 'summer_camp signup',
        destinationUrl: 'https://camp.example/join',
      });
      made.winter = await createLink(client, {
        title: 'Winter',
        destinationUrl: 'https://shop.example/Autumn-Collection',
      });
      made.coded = await createLink(client, {
        customCode: freshCode('FindMe'),
        destinationUrl: 'https://x.example/',
      });
      made.plain = await createLink(client, { title: 'Plain', destinationUrl: 'https://plain.example/page' });
    });
    const search = async (term: string) => {
      const { links } = await client.ok(LIST, { search: term, first: 100 });
      assert.equal(links.totalCount, links.nodes.length);
      return links.nodes.map((n: { id: string }) => n.id).sort();
    };
    const ids = (...keys: string[]) => keys.map((k) => made[k]!.id).sort();

    it('matches title, destination and code, case-insensitively', async () => {
      assert.deepEqual(await search('summer'), ids('sale', 'camp'));
      assert.deepEqual(await search('SUMMER'), ids('sale', 'camp'));
      assert.deepEqual(await search('autumn-collection'), ids('winter'));
      assert.deepEqual(await search('shop.example'), ids('sale', 'winter'));
      assert.deepEqual(await search(made.coded!.code.toLowerCase()), ids('coded'));
      assert.deepEqual(await search('  plain  '), ids('plain'));
      assert.deepEqual(await search('nothing-like-this'), []);
    });

    it('treats % and _ literally', async () => {
      assert.deepEqual(await search('%'), ids('sale'));
      assert.deepEqual(await search('50%'), ids('sale'));
      assert.deepEqual(await search('_'), ids('camp'));
      assert.deepEqual(await search('summer_'), ids('camp'));
      assert.deepEqual(await search('s_mmer'), []);
      assert.deepEqual(await search('\\'), []);
    });

    it('an empty or null search lists everything', async () => {
      assert.equal((await search('')).length, 5);
      const { links } = await client.ok(LIST, { search: null });
      assert.equal(links.totalCount, 5);
    });
  });

  describe('links: pagination', () => {
    it('lists newest first', async () => {
      const client = await signUp(server.url);
      const a = await createLink(client);
      const b = await createLink(client);
      const c = await createLink(client);
      const { links } = await client.ok(LIST, {});
      assert.deepEqual(
        links.nodes.map((n: { id: string }) => n.id),
        [c.id, b.id, a.id],
      );
      assert.equal(links.totalCount, 3);
      assert.deepEqual(links.pageInfo.hasNextPage, false);
    });

    it('pages through many links with equal timestamps, each exactly once, in a stable order', async () => {
      const client = await signUp(server.url);
      const tag = randomBytes(3).toString('hex');
      // 23 links in one instant and 7 a second later: the cursor must break ties by id.
      await sql(
        server,
        `INSERT INTO links (account_id, code, destination_url, title, created_at)
         SELECT $1, 'p' || $2 || g, 'https://example.com/' || g, 'page ' || g,
                CASE WHEN g <= 23 THEN $3::timestamptz ELSE $3::timestamptz + interval '1 second' END
           FROM generate_series(1, 30) AS g`,
        [client.accountId, tag, '2026-01-01T00:00:00.000Z'],
      );
      const expected = (
        await sql<{ id: string }>(
          server,
          `SELECT id FROM links WHERE account_id = $1 ORDER BY created_at DESC, id DESC`,
          [client.accountId],
        )
      ).map((r) => r.id);
      for (const first of [1, 7, 23, 30, 100]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        for (let page = 0; page < 40; page++) {
          const { links }: { links: any } = await client.ok(LIST, { first, after: cursor });
          assert.equal(links.totalCount, 30);
          assert.ok(links.nodes.length <= first);
          seen.push(...links.nodes.map((n: { id: string }) => n.id));
          cursor = links.pageInfo.endCursor;
          if (!links.pageInfo.hasNextPage) break;
          assert.equal(links.nodes.length, first, 'only the last page is short');
        }
        assert.deepEqual(seen, expected, `first: ${first}`);
      }
      // After the last page: nothing, and no cursor.
      const { links: last } = await client.ok(LIST, { first: 30 });
      const { links: beyond } = await client.ok(LIST, { first: 5, after: last.pageInfo.endCursor });
      assert.deepEqual(beyond.nodes, []);
      assert.equal(beyond.pageInfo.hasNextPage, false);
      assert.equal(beyond.pageInfo.endCursor, null);
      assert.equal(beyond.totalCount, 30);
    });

    it('pages within a search, with totalCount of the search', async () => {
      const client = await signUp(server.url);
      for (let i = 0; i < 5; i++) await createLink(client, { title: `match ${i}` });
      for (let i = 0; i < 3; i++) await createLink(client, { title: `other ${i}` });
      const { links: p1 } = await client.ok(LIST, { search: 'MATCH', first: 3 });
      assert.equal(p1.totalCount, 5);
      assert.equal(p1.pageInfo.hasNextPage, true);
      const { links: p2 } = await client.ok(LIST, {
        search: 'MATCH',
        first: 3,
        after: p1.pageInfo.endCursor,
      });
      assert.equal(p2.nodes.length, 2);
      assert.equal(p2.pageInfo.hasNextPage, false);
      const titles = [...p1.nodes, ...p2.nodes].map((n: { title: string }) => n.title);
      assert.deepEqual(titles, ['match 4', 'match 3', 'match 2', 'match 1', 'match 0']);
    });

    it('first out of range → BAD_USER_INPUT on first; a bad cursor → BAD_USER_INPUT on after', async () => {
      const client = await signUp(server.url);
      for (const first of [0, -1, 101, 100000]) {
        expectError(await client.request(LIST, { first }), 'BAD_USER_INPUT', 'first');
      }
      assert.equal((await client.ok(LIST, { first: 100 })).links.totalCount, 0);
      const uuid = '00000000-0000-4000-8000-000000000000';
      for (const after of [
        'garbage',
        'bm90LWEtY3Vyc29y',
        Buffer.from('2026-01-01T00:00:00.000Z|nope').toString('base64url'),
        // dates JavaScript parses but PostgreSQL cannot hold
        Buffer.from(`-010000-01-01T00:00:00.000Z|${uuid}`).toString('base64url'),
        Buffer.from(`+275760-01-01T00:00:00.000Z|${uuid}`).toString('base64url'),
      ]) {
        expectError(await client.request(LIST, { after }), 'BAD_USER_INPUT', 'after');
      }
    });
  });

  describe('links: SQL cost', () => {
    it('a page with clickCount costs the same few queries for 5 links as for 25', async () => {
      const client = await signUp(server.url);
      const links: LinkData[] = [];
      for (let i = 0; i < 25; i++) links.push(await createLink(client, { title: `cost ${i}` }));
      for (const link of links.slice(0, 10)) await visit(server.url, link.code);
      await settle(server);

      const pageQuery = `query($first: Int) { links(first: $first) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id code shortUrl destinationUrl title status expiresAt createdAt updatedAt clickCount } } }`;
      const counts: Record<number, number> = {};
      const watcher = watchQueries();
      try {
        for (const first of [5, 25]) {
          watcher.reset();
          const { links: page } = await client.ok(pageQuery, { first });
          // The webhook dispatcher polls its outbox in the background: not this request's cost.
          counts[first] = watcher.texts.filter((text) => !text.includes('webhook_deliveries')).length;
          assert.equal(page.nodes.length, first);
          const clicked = new Set(links.slice(0, 10).map((l) => l.id));
          for (const node of page.nodes) assert.equal(node.clickCount, clicked.has(node.id) ? 1 : 0);
        }
      } finally {
        watcher.stop();
      }
      assert.equal(counts[5], counts[25], `queries: ${JSON.stringify(counts)}`);
      // Session lookup, count, page, click counts: a handful, whatever the page size.
      assert.ok(counts[25]! <= 6, `queries: ${JSON.stringify(counts)}`);
    });
  });
});
