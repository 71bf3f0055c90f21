import { MigrationExecutor, type DataSource, type Migration, type QueryRunner } from 'typeorm';

/**
 * Every process takes this PostgreSQL advisory lock before it looks for pending migrations, so that of
 * replicas starting together exactly one applies them and the others find nothing left to do.
 */
export const MIGRATION_LOCK_NAME = 'smart_links_migrations';
/** The lock's key: a fixed bigint, so that any tool (psql, pg_locks) can find or take the same lock. */
export const MIGRATION_LOCK_KEY = '7358201644951813';

const POLL_MS = 200;

export class MigrationLockTimeoutError extends Error {}

/**
 * Applies pending migrations while holding the migration lock, waiting at most `timeoutMs` for it.
 * The lock and the migrations share one connection: the embedded database's pool has only one, and a
 * session lock dies with its connection, so a process killed mid-migration frees it for the next.
 * On the embedded database (one session, one process by its lock file) the lock never contends.
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
  opts: { timeoutMs: number; log?: (message: string) => void },
): Promise<Migration[]> {
  const log = opts.log ?? (() => {});
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const started = Date.now();
    let announced = false;
    for (;;) {
      const [row] = (await runner.query(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [
        MIGRATION_LOCK_KEY,
      ])) as { locked: boolean }[];
      if (row?.locked) break;
      const holder = await lockHolder(runner);
      if (Date.now() - started >= opts.timeoutMs) {
        throw new MigrationLockTimeoutError(
          `Gave up after ${Math.round(opts.timeoutMs / 1000)} s waiting for the migration lock ` +
            `(PostgreSQL advisory lock "${MIGRATION_LOCK_NAME}", key ${MIGRATION_LOCK_KEY})` +
            `${holder ? `, held by backend pid ${holder}` : ''}. Another process is applying migrations or ` +
            `hung while doing so; MIGRATION_LOCK_TIMEOUT sets how long to wait.`,
        );
      }
      if (!announced) {
        log(
          `Waiting for the migration lock "${MIGRATION_LOCK_NAME}"${holder ? ` (held by backend pid ${holder})` : ''}: another process is applying migrations`,
        );
        announced = true;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      for (const migration of applied) log(`Applied migration ${migration.name}`);
      return applied;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** The backend holding the lock, for the waiting message (null on the embedded database or once freed). */
async function lockHolder(runner: QueryRunner): Promise<number | null> {
  // A bigint advisory key is stored as classid (high 32 bits) and objid (low 32 bits), objsubid 1.
  const key = BigInt(MIGRATION_LOCK_KEY);
  const rows = (await runner.query(
    `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1
       AND classid::bigint = $1 AND objid::bigint = $2 LIMIT 1`,
    [String(key >> 32n), String(key & 0xffffffffn)],
  )) as { pid: number }[];
  return rows[0]?.pid ?? null;
}
