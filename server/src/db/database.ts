import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DEFAULT_MIGRATION_LOCK_TIMEOUT_MS, type Config } from '../config';
import { createDataSource, createPool } from './data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { runMigrationsLocked } from './migration-lock';

export interface Database {
  /** The pg pool for plain SQL (the click writer's batches); the DataSource below runs on it. */
  pool: Pool;
  dataSource: DataSource;
  /** The connection URL actually used (the embedded server's when DATABASE_URL is unset). */
  url: string;
  embedded: boolean;
  /** The embedded database as a tarball (tests reuse a migrated one); undefined on a real server. */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded database in DATA_DIR; then runs pending migrations
 * under the migration lock (replicas starting together apply them once).
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'migrationLockTimeoutMs'>>,
  opts: { inMemory?: boolean; loadDataDir?: Blob; log?: (message: string) => void } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(opts.inMemory ? undefined : `${config.dataDir}`, undefined, {
      loadDataDir: opts.loadDataDir,
    });
    url = embedded.url;
  }
  // The embedded server runs one backend and interleaves the wire-protocol messages of concurrent
  // connections, so two connections' Parse/Bind/Execute clobber each other's unnamed portal ("portal
  // does not exist", or wrong rows: a live link answered 404). One connection keeps every extended
  // query whole; PGlite runs one query at a time anyway.
  const pool = createPool(url, embedded ? 1 : 10);
  const dataSource = createDataSource(pool);
  try {
    await dataSource.initialize();
    await runMigrationsLocked(dataSource, {
      timeoutMs: config.migrationLockTimeoutMs ?? DEFAULT_MIGRATION_LOCK_TIMEOUT_MS,
      log: opts.log,
    });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    else await pool.end().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  return {
    pool,
    dataSource,
    url,
    embedded: Boolean(embedded),
    dump: embedded?.dump,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
