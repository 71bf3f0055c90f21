import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { migrations } from '../../src/db/migrations';

export interface TestServer {
  url: string;
  app: App;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * Serve from an already open database (another TestServer's `db`), e.g. a second app with other
   * settings or a second replica. Closing this server then leaves the database open.
   */
  database?: Database;
}

/**
 * A real server on a free port against a real database: DATABASE_URL when set (CI), otherwise the
 * embedded database in memory. Tests make their own accounts, so they never depend on each other.
 * `env` overrides configuration (TRUST_PROXY, PUBLIC_BASE_URL …); PUBLIC_BASE_URL defaults to
 * http://sl.test so that short URLs never point at the test's own port.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  // Every test signs up accounts of its own from 127.0.0.1: the sign-up throttle's test sets its limit.
  // Each server its own click spool, as each replica has its own disk.
  const spoolDir = env.CLICK_SPOOL_DIR ? null : mkdtempSync(join(tmpdir(), 'sl-spool-'));
  const probe = loadConfig({
    SESSION_SECRET: 'test-secret-0123456789',
    SIGNUP_RATE_LIMIT: '0',
    ...process.env,
    ...(spoolDir ? { CLICK_SPOOL_DIR: spoolDir } : {}),
    ...env,
    PORT: '0',
  });
  const config: Config = { ...probe, publicBaseUrl: env.PUBLIC_BASE_URL ?? 'http://sl.test' };
  const db = options.database ?? (await openTestDatabase(probe));
  const app = await createApp(config, db);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    db,
    config,
    async close() {
      await app.close();
      if (!options.database) await db.close();
      if (spoolDir) rmSync(spoolDir, { recursive: true, force: true });
    },
  };
}

/**
 * DATABASE_URL when set; otherwise an in-memory embedded database started from a migrated template that
 * the first test file saves in the temp folder (creating a cluster costs seconds per file). The
 * template's name hashes the migrations' code, so changing a migration builds a new one.
 */
async function openTestDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase(config, { inMemory: true });
  const key = createHash('sha256')
    .update(migrations.map((m) => m.toString()).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const file = join(tmpdir(), `smart-links-test-db-${key}.tar`);
  if (existsSync(file)) {
    try {
      return await openDatabase(config, { inMemory: true, loadDataDir: new Blob([readFileSync(file)]) });
    } catch {
      // A damaged template: build a fresh one below.
    }
  }
  const db = await openDatabase(config, { inMemory: true });
  const dump = await db.dump!();
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return db;
}
