import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createLink, GraphQLClient, signUp, TEST_PASSWORD } from './utils/graphql';
import { visit } from './utils/http';
import { runMain, startMain, type RunningServer } from './utils/process';

const dataDir = mkdtempSync(join(tmpdir(), 'sl-persistence-test-'));
const running: RunningServer[] = [];
after(async () => {
  for (const server of running) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded database keeps its data across a restart', () => {
  it('a link created before a restart still redirects, and counts, after it; one process per data folder', async () => {
    // No DATABASE_URL and no SESSION_SECRET: exactly what the README's start command runs.
    const first = await startMain({ DATA_DIR: dataDir });
    running.push(first);
    assert.match(first.output(), /embedded database/);
    const owner = await signUp(first.url);
    const link = await createLink(owner, {
      destinationUrl: 'https://example.com/persisted',
      title: 'Before restart',
    });
    const res = await visit(first.url, link.code, { forwardedFor: '81.2.69.160' });
    assert.equal(res.status, 302);

    // A second server on the same folder refuses to start, with a clear message.
    const second = await runMain({ DATA_DIR: dataDir, PORT: '0' }, 60_000);
    assert.equal(second.code, 1);
    assert.match(second.stderr, /in use by process \d+/);
    assert.match(second.stderr, /DATA_DIR/);
    assert.equal(second.stderr.trim().split('\n').length, 1, second.stderr);

    // A clean stop writes the queued click, releases the lock and exits 0.
    assert.equal(await first.stop(), 0);
    assert.equal(existsSync(join(dataDir, 'embedded.lock')), false);
    const secret = readFileSync(join(dataDir, 'session-secret'), 'utf8');

    // A lock left behind by a process that died does not keep the product down.
    writeFileSync(join(dataDir, 'embedded.lock'), '2147483646');
    const restarted = await startMain({ DATA_DIR: dataDir });
    running.push(restarted);
    const again = new GraphQLClient(restarted.url);
    await again.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
      input: { email: owner.email, password: TEST_PASSWORD },
    });
    const { links } = await again.ok(
      `{ links { totalCount nodes { id code title destinationUrl clickCount } } }`,
    );
    assert.equal(links.totalCount, 1);
    assert.deepEqual(links.nodes[0], {
      id: link.id,
      code: link.code,
      title: 'Before restart',
      destinationUrl: 'https://example.com/persisted',
      clickCount: 1,
    });
    const after = await visit(restarted.url, link.code);
    assert.equal(after.status, 302);
    assert.equal(after.location, 'https://example.com/persisted');
    assert.equal(
      readFileSync(join(dataDir, 'session-secret'), 'utf8'),
      secret,
      'the generated secret is kept',
    );
    assert.equal(await restarted.stop(), 0);
  });
});
