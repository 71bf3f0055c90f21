import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  /** A tarball of the whole database, loadable with `startEmbeddedDatabase(undefined, …, { loadDataDir })`. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Two processes writing one PGlite folder corrupt it, so the folder is taken with a lock file. */
function acquireLock(dataDir: string): () => void {
  const lockFile = join(dataDir, 'embedded.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockFile, 'utf8') === String(process.pid)) unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${owner}. Stop it, or set DATA_DIR to another folder.`,
        );
      }
      unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}`);
}

/** Extensions the migrations create, so that both databases run the same migrations. */
const extensions = { pg_trgm };

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) in this process and serves it over the wire
 * protocol on a loopback port, so that `pg` and TypeORM talk to it exactly as to a real server.
 * `dataDir` undefined keeps everything in memory (tests); `loadDataDir` then starts from a dump instead of
 * an empty cluster (creating one takes seconds, loading a dump a fraction of that).
 */
export async function startEmbeddedDatabase(
  dataDir: string | undefined,
  maxConnections = 12,
  options: { loadDataDir?: Blob } = {},
): Promise<EmbeddedDatabase> {
  let release = () => {};
  let db: PGlite;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireLock(dataDir);
    const pgdata = join(dataDir, 'pgdata');
    db = await PGlite.create(pgdata, { extensions });
  } else {
    db = await PGlite.create({
      extensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    dump: () => db.dumpDataDir('none'),
    async stop() {
      await server.stop();
      await db.close();
      release();
    },
  };
}
