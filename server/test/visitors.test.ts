import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { NEWMARKET_GB, OTHER_PUBLIC_IP } from './fixtures/ips';
import { BOT_AGENTS, PEOPLE, SMART_TV_UA } from './fixtures/user-agents';
import { clicksOf, settle, sql } from './utils/db';
import { createLink, signUp, type SignedUpClient } from './utils/graphql';
import { DESKTOP_CHROME_UA, parseSetCookie, visit, type VisitOptions } from './utils/http';
import { startTestServer, type TestServer } from './utils/server';

/** A well-formed visitor id that no server has handed out yet. */
const freshVisitorId = () => randomBytes(16).toString('base64url');

describe('classification and visitor identity', () => {
  let server: TestServer;
  /** Believes X-Forwarded-For from loopback, so a test can click "from" any address. */
  let proxied: TestServer;
  let client: SignedUpClient;
  before(async () => {
    server = await startTestServer();
    proxied = await startTestServer({ TRUST_PROXY: 'loopback' }, { database: server.db });
    client = await signUp(server.url);
  });
  after(async () => {
    await proxied.close();
    await server.close();
  });

  /** Clicks and waits for the write, so that the next click sees this one. */
  async function click(code: string, opts: VisitOptions = {}, via: TestServer = proxied) {
    const res = await visit(via.url, code, opts);
    assert.equal(res.status, 302);
    await settle(via);
    return res;
  }
  const classes = async (linkId: string) => {
    await settle(proxied);
    return (await clicksOf(server, linkId)).map((r) => r.classification);
  };

  describe('a table of real user agents', () => {
    for (const bot of BOT_AGENTS) {
      it(`${bot.name} → BOT (${bot.botAgent}), still redirected`, async () => {
        const link = await createLink(client);
        await click(link.code, { userAgent: bot.ua, forwardedFor: NEWMARKET_GB.ip });
        await click(link.code, { userAgent: bot.ua, forwardedFor: NEWMARKET_GB.ip });
        const rows = await clicksOf(server, link.id);
        assert.deepEqual(
          rows.map((r) => [r.classification, r.bot_agent]),
          [
            ['BOT', bot.botAgent],
            ['BOT', bot.botAgent],
          ],
        );
      });
    }

    for (const person of PEOPLE) {
      it(`${person.name} → a person on ${person.browser} / ${person.os} / ${person.platform}`, async () => {
        const link = await createLink(client);
        await click(link.code, { userAgent: person.ua });
        const [row] = await clicksOf(server, link.id);
        assert.equal(row!.classification, 'UNIQUE');
        assert.equal(row!.bot_agent, null);
        assert.equal(row!.browser, person.browser);
        assert.equal(row!.browser_version, person.version);
        assert.equal(row!.os, person.os);
        assert.equal(row!.platform, person.platform);
      });
    }

    it('a smart TV is platform "other"', async () => {
      const link = await createLink(client);
      await click(link.code, { userAgent: SMART_TV_UA });
      assert.equal((await clicksOf(server, link.id))[0]!.platform, 'other');
    });
  });

  describe('visitor cookie', () => {
    it('the first click sets sl_vid: random, HttpOnly, SameSite=Lax, Path=/, about a year', async () => {
      const link = await createLink(client);
      const res = await click(link.code);
      const line = res.setCookies.find((c) => c.startsWith('sl_vid='));
      assert.ok(line);
      const cookie = parseSetCookie(line);
      assert.match(cookie.value, /^[A-Za-z0-9_-]{22}$/);
      assert.ok(cookie.attributes.has('httponly'));
      assert.equal(cookie.attributes.get('samesite')?.toLowerCase(), 'lax');
      assert.equal(cookie.attributes.get('path'), '/');
      const maxAge = Number(cookie.attributes.get('max-age'));
      assert.ok(maxAge >= 364 * 86400 && maxAge <= 366 * 86400, `max-age ${maxAge}`);
      assert.ok(!cookie.attributes.has('secure'), 'not Secure on plain http');
      const again = await click(link.code);
      assert.notEqual(again.visitorId, res.visitorId, 'a new id for every cookie-less visitor');
    });

    it('is Secure when PUBLIC_BASE_URL is https', async () => {
      const https = await startTestServer({ PUBLIC_BASE_URL: 'https://sl.example' }, { database: server.db });
      try {
        const link = await createLink(client);
        const res = await click(link.code, {}, https);
        assert.ok(
          parseSetCookie(res.setCookies.find((c) => c.startsWith('sl_vid='))!).attributes.has('secure'),
        );
      } finally {
        await https.close();
      }
    });

    it('first click UNIQUE, the same cookie again REPEAT (from anywhere, with any browser)', async () => {
      const link = await createLink(client);
      const first = await click(link.code);
      const vid = first.visitorId!;
      const second = await click(link.code, { visitorId: vid });
      assert.equal(second.visitorId, null, 'a known cookie is not replaced');
      await click(link.code, { visitorId: vid, forwardedFor: OTHER_PUBLIC_IP, userAgent: PEOPLE[1]!.ua });
      assert.deepEqual(await classes(link.id), ['UNIQUE', 'REPEAT', 'REPEAT']);
    });

    it('uniqueness is per link', async () => {
      const a = await createLink(client);
      const b = await createLink(client);
      const vid = (await click(a.code)).visitorId!;
      await click(b.code, { visitorId: vid });
      await click(a.code, { visitorId: vid });
      await click(b.code, { visitorId: vid });
      assert.deepEqual(await classes(a.id), ['UNIQUE', 'REPEAT']);
      assert.deepEqual(await classes(b.id), ['UNIQUE', 'REPEAT']);
    });

    it('two cookies are two visitors, even on one address and browser', async () => {
      const link = await createLink(client);
      await click(link.code, { visitorId: freshVisitorId() });
      await click(link.code, { visitorId: freshVisitorId() });
      assert.deepEqual(await classes(link.id), ['UNIQUE', 'UNIQUE']);
    });

    it('a malformed cookie is ignored and replaced', async () => {
      const link = await createLink(client);
      const res = await click(link.code, { cookieHeader: 'sl_vid=not-valid; other=1' });
      assert.match(res.visitorId ?? '', /^[A-Za-z0-9_-]{22}$/);
    });
  });

  describe('cookie-less clients: keyed hash of IP and user agent', () => {
    it('same address and browser → REPEAT; another address or another browser → UNIQUE', async () => {
      const link = await createLink(client);
      const ua = PEOPLE[0]!.ua;
      await click(link.code, { userAgent: ua, forwardedFor: NEWMARKET_GB.ip });
      await click(link.code, { userAgent: ua, forwardedFor: NEWMARKET_GB.ip });
      await click(link.code, { userAgent: ua, forwardedFor: OTHER_PUBLIC_IP });
      await click(link.code, { userAgent: DESKTOP_CHROME_UA, forwardedFor: NEWMARKET_GB.ip });
      assert.deepEqual(await classes(link.id), ['UNIQUE', 'REPEAT', 'UNIQUE', 'UNIQUE']);
    });

    it('the first cookie-less visit gets a cookie, which then identifies the visitor too', async () => {
      const link = await createLink(client);
      const ua = PEOPLE[2]!.ua;
      const first = await click(link.code, { userAgent: ua, forwardedFor: NEWMARKET_GB.ip });
      const vid = first.visitorId!;
      assert.ok(vid);
      // The cookie from another network: still the same visitor.
      await click(link.code, { userAgent: ua, forwardedFor: OTHER_PUBLIC_IP, visitorId: vid });
      // Cookie-less again on the first network: the address hash still knows them.
      await click(link.code, { userAgent: ua, forwardedFor: NEWMARKET_GB.ip });
      // …and on the second network, which the cookie click taught us.
      await click(link.code, { userAgent: ua, forwardedFor: OTHER_PUBLIC_IP });
      assert.deepEqual(await classes(link.id), ['UNIQUE', 'REPEAT', 'REPEAT', 'REPEAT']);
    });

    it('stores neither the cookie nor the address: only keyed hashes', async () => {
      const link = await createLink(client);
      const vid = (await click(link.code, { forwardedFor: NEWMARKET_GB.ip })).visitorId!;
      const rows = await sql(server, `SELECT visitor FROM link_visitors WHERE link_id = $1`, [link.id]);
      assert.ok(rows.length >= 1);
      for (const { visitor } of rows) {
        assert.match(visitor, /^[0-9a-f]{32}$/);
        assert.ok(!visitor.includes(vid));
      }
      const text = JSON.stringify(await sql(server, `SELECT * FROM clicks WHERE link_id = $1`, [link.id]));
      assert.ok(!text.includes(vid) && !text.includes(NEWMARKET_GB.ip));
    });
  });

  describe('bots', () => {
    it('are never UNIQUE and do not use up the visitor’s first click', async () => {
      const link = await createLink(client);
      const vid = freshVisitorId();
      await click(link.code, { userAgent: 'WhatsApp/2.23.20.0 A', forwardedFor: NEWMARKET_GB.ip });
      await click(link.code, {
        userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)',
        visitorId: vid,
      });
      await click(link.code, { userAgent: '', forwardedFor: NEWMARKET_GB.ip });
      await click(link.code, { visitorId: vid });
      await click(link.code, { forwardedFor: NEWMARKET_GB.ip });
      assert.deepEqual(await classes(link.id), ['BOT', 'BOT', 'BOT', 'UNIQUE', 'UNIQUE']);
    });
  });

  describe('concurrent first clicks of one visitor', () => {
    it('with one cookie: exactly one UNIQUE', async () => {
      const link = await createLink(client);
      const vid = freshVisitorId();
      const results = await Promise.all(
        Array.from({ length: 12 }, () => visit(proxied.url, link.code, { visitorId: vid })),
      );
      assert.ok(results.every((r) => r.status === 302));
      const rows = await classes(link.id);
      assert.equal(rows.length, 12);
      assert.equal(rows.filter((c) => c === 'UNIQUE').length, 1);
    });

    it('cookie-less from one address and browser: exactly one UNIQUE', async () => {
      const link = await createLink(client);
      await Promise.all(
        Array.from({ length: 12 }, () => visit(proxied.url, link.code, { forwardedFor: NEWMARKET_GB.ip })),
      );
      const rows = await classes(link.id);
      assert.equal(rows.length, 12);
      assert.equal(rows.filter((c) => c === 'UNIQUE').length, 1);
    });

    it('across two server replicas writing at once: exactly one UNIQUE', async () => {
      const link = await createLink(client);
      const vid = freshVisitorId();
      const replica = await startTestServer({}, { database: server.db });
      try {
        await Promise.all(
          Array.from({ length: 16 }, (_, i) =>
            visit((i % 2 ? replica : server).url, link.code, { visitorId: vid }),
          ),
        );
        // Both writers flush at the same time, each in its own transaction.
        await Promise.all([server.app.writer.drain(), replica.app.writer.drain()]);
        const rows = await classes(link.id);
        assert.equal(rows.length, 16);
        assert.equal(rows.filter((c) => c === 'UNIQUE').length, 1);
      } finally {
        await replica.close();
      }
    });
  });
});
