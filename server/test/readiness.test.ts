import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createServer } from 'node:net';
import { createPool } from '../src/db/data-source';
import { isDatabaseUnavailable } from '../src/graphql/unavailable';
import { WRITER_STALL_LIMIT_MS } from '../src/http/probes';
import { settle, sql } from './utils/db';
import { useTestServer } from './utils/fixtures';
import { createLink, signUp } from './utils/graphql';

describe('readiness follows the click writer', () => {
  const server = useTestServer();

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
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('shutting down'), { code: '57P01' })), true);
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('dup'), { code: '23505' })), false);
    assert.equal(isDatabaseUnavailable(new Error('boom')), false);
    // Decided by class and code, never by the wording of a message.
    assert.equal(isDatabaseUnavailable(new Error('Connection terminated unexpectedly')), false);
  });

  it("recognises the driver's code-less failures: a connection dropped by the other end", async () => {
    // Accepts and hangs up at once, as a proxy in front of a vanished database does.
    const dropper = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    const { port } = dropper.address() as { port: number };
    const pool = createPool(`postgres://postgres@127.0.0.1:${port}/none`, 1);
    try {
      const error = await pool.query('SELECT 1').then(
        () => assert.fail('a query over a dropped connection succeeded'),
        (e: unknown) => e,
      );
      assert.equal(isDatabaseUnavailable(error), true, String(error));
      assert.equal(isDatabaseUnavailable({ message: 'Query failed', driverError: error }), true);
    } finally {
      await pool.end();
      dropper.close();
    }
  });
});
