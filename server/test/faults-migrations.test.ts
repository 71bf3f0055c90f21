import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import { createDataSource, createPool } from '../src/db/data-source';
import { startEmbeddedDatabase } from '../src/db/embedded';
import { MIGRATION_LOCK_KEY, MIGRATION_LOCK_NAME, runMigrationsLocked } from '../src/db/migration-lock';
import { migrations } from '../src/db/migrations';
import { signUp } from './utils/graphql';
import { runMain, scratchPostgres, spawnServer, type ServerProcess } from './utils/process';

const MIGRATION_NAMES = migrations.map((m) => m.name);
const LAST = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;

/** Starts three server processes at the same moment; each must come up and serve GraphQL. */
async function startThree(url: string): Promise<ServerProcess[]> {
  const started = await Promise.allSettled([0, 1, 2].map(() => spawnServer({ DATABASE_URL: url })));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
  if (failed.length > 0) {
    await Promise.all(servers.map((s) => s.stop()));
    assert.fail(`${failed.length} of 3 processes did not start:\n${failed.join('\n')}`);
  }
  for (const server of servers) {
    const client = await signUp(server.url);
    await client.ok(`mutation { createLink(input: { destinationUrl: "https://example.com/a" }) { id } }`);
  }
  return servers;
}

/** How many of the processes said they applied `name`. */
const appliedBy = (servers: ServerProcess[], name: string) =>
  servers.filter((s) => s.output().includes(`Applied migration ${name}`)).length;

async function migrationRows(url: string): Promise<Map<string, number>> {
  const sql = new Client(url);
  await sql.connect();
  try {
    const { rows } = await sql.query<{ name: string; n: string }>(
      `SELECT name, count(*) AS n FROM migrations GROUP BY name`,
    );
    return new Map(rows.map((r) => [r.name, Number(r.n)]));
  } finally {
    await sql.end();
  }
}

/**
 * Replicas starting together race to migrate one database. Several processes sharing a database need
 * real PostgreSQL (the embedded one is one process by its lock file): DATABASE_URL's server (CI) or
 * 127.0.0.1:5432, else these tests are skipped, saying why. The embedded code path is tested below.
 */
describe('fault: replicas starting together migrate once', () => {
  it('three processes on a fresh database, then on one with a pending migration: all serve, each migration ran once', async (t) => {
    const database = await scratchPostgres('sl_db_migrations', { fresh: true });
    if (!database) {
      t.skip('needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432): the embedded database is one process');
      console.warn('SKIPPED concurrent-migration test: no PostgreSQL reachable (set DATABASE_URL)');
      return;
    }
    try {
      let servers = await startThree(database.url);
      try {
        for (const name of MIGRATION_NAMES) {
          assert.equal(appliedBy(servers, name), 1, `${name} applied by exactly one process`);
        }
        const rows = await migrationRows(database.url);
        assert.deepEqual([...rows.keys()].sort(), [...MIGRATION_NAMES].sort());
        for (const [name, n] of rows) assert.equal(n, 1, `${name} recorded once`);
        const waited = servers.filter((s) => s.output().includes(`Waiting for the migration lock`)).length;
        t.diagnostic(`fresh database: ${waited} of 3 processes waited for the lock`);
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }

      // Undo the last migration (its down() and its row): the next start finds it pending, as on a deploy.
      const dataSource = createDataSource(createPool(database.url, 1));
      await dataSource.initialize();
      await dataSource.undoLastMigration({ transaction: 'each' });
      await dataSource.destroy();
      assert.equal((await migrationRows(database.url)).has(LAST), false);

      servers = await startThree(database.url);
      try {
        assert.equal(appliedBy(servers, LAST), 1, `${LAST} applied by exactly one process`);
        for (const name of MIGRATION_NAMES.slice(0, -1)) assert.equal(appliedBy(servers, name), 0);
        const rows = await migrationRows(database.url);
        assert.equal(rows.size, MIGRATION_NAMES.length);
        for (const [name, n] of rows) assert.equal(n, 1, `${name} recorded once`);
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    } finally {
      await database.drop();
    }
  });

  it('a process that waits longer than MIGRATION_LOCK_TIMEOUT fails, naming the lock', async (t) => {
    const database = await scratchPostgres('sl_db_migrations', { fresh: true });
    if (!database) {
      t.skip('needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432) to hold the lock from another session');
      return;
    }
    const holder = new Client(database.url);
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock($1::bigint)`, [MIGRATION_LOCK_KEY]);
      const started = Date.now();
      const run = await runMain({ DATABASE_URL: database.url, MIGRATION_LOCK_TIMEOUT: '2', PORT: '0' });
      const took = Date.now() - started;
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(
        run.stderr,
        new RegExp(`migration lock \\(PostgreSQL advisory lock "${MIGRATION_LOCK_NAME}"`),
      );
      assert.match(run.stderr, /held by backend pid \d+/);
      assert.match(run.stdout, /Waiting for the migration lock/);
      assert.ok(took >= 2_000, `gave up after ${took} ms, not before the 2 s timeout`);
      // Nothing was migrated while the lock was held by someone else.
      const { rows } = await holder.query<{ t: string | null }>(`SELECT to_regclass('migrations') AS t`);
      assert.equal(rows[0]!.t, null);
    } finally {
      await holder.end();
      await database.drop();
    }
  });
});

describe('migration lock on the embedded database', () => {
  it('migrates under the lock, releases it, and a second run finds nothing pending', async () => {
    const embedded = await startEmbeddedDatabase(undefined);
    const dataSource = createDataSource(createPool(embedded.url, 1));
    try {
      await dataSource.initialize();
      const messages: string[] = [];
      const applied = await runMigrationsLocked(dataSource, {
        timeoutMs: 1_000,
        log: (m) => messages.push(m),
      });
      assert.deepEqual(
        applied.map((m) => m.name),
        MIGRATION_NAMES,
      );
      assert.deepEqual(
        messages,
        MIGRATION_NAMES.map((n) => `Applied migration ${n}`),
      );
      // One session serves every connection there, so the lock is free again (not merely re-entrant).
      const locks = (await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`,
      )) as { n: number }[];
      assert.equal(locks[0]!.n, 0);
      assert.deepEqual(await runMigrationsLocked(dataSource, { timeoutMs: 1_000 }), []);
      const rows = (await dataSource.query(`SELECT count(*)::int AS n FROM migrations`)) as { n: number }[];
      assert.equal(rows[0]!.n, MIGRATION_NAMES.length);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded.stop();
    }
  });
});
