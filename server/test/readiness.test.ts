import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isDatabaseUnavailable } from '../src/graphql/unavailable';
import { WRITER_STALL_LIMIT_MS } from '../src/http/probes';
import { settle, sql } from './utils/db';
import { createLink, signUp } from './utils/graphql';
import { startTestServer, type TestServer } from './utils/server';

describe('readiness follows the click writer', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('is 503 while clicks cannot be written for more than a few seconds, 200 once they are', async () => {
    const client = await signUp(server.url);
    const link = await createLink(client);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
    // The database answers, but every click batch fails (its claim table is gone).
    await sql(server, 'ALTER TABLE click_batches RENAME TO click_batches_away');
    try {
      const res = await fetch(`${server.url}/${link.code}`, { redirect: 'manual' });
      assert.equal(res.status, 302);
      assert.equal((await fetch(`${server.url}/readyz`)).status, 200, 'a short hiccup is no reason to leave');
      await new Promise((r) => setTimeout(r, WRITER_STALL_LIMIT_MS + 500));
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(((await ready.json()) as { status: string }).status, 'clicks not written');
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      assert.match(metrics, /^sl_click_writer_stalled_seconds [3-9]/m);
    } finally {
      await sql(server, 'ALTER TABLE click_batches_away RENAME TO click_batches');
    }
    await settle(server);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
    const [{ n }] = await sql(server, 'SELECT count(*)::int AS n FROM clicks WHERE link_id = $1', [link.id]);
    assert.equal(n, 1);
  });

  it('recognises an unreachable database behind the wrappers it comes in', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    assert.equal(isDatabaseUnavailable(refused), true);
    assert.equal(isDatabaseUnavailable({ message: 'Query failed', driverError: refused }), true);
    assert.equal(isDatabaseUnavailable(new Error('Connection terminated unexpectedly')), true);
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('shutting down'), { code: '57P01' })), true);
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('dup'), { code: '23505' })), false);
    assert.equal(isDatabaseUnavailable(new Error('boom')), false);
  });
});
