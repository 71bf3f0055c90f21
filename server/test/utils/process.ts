import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../src/db/embedded';

/** The compiled server entry point, as `pnpm start` runs it. */
export const MAIN_JS = resolve(__dirname, '../../src/main.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends a signal (SIGTERM by default) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real server process (`node dist/src/main.js`) on a free port and waits until it listens.
 * Its output is kept for failure messages.
 */
export async function spawnServer(
  env: Record<string, string>,
  script = MAIN_JS,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sl-proc-'));
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      SESSION_SECRET: 'process-test-secret-0123456789',
      NODE_ENV: 'production',
      TZ: 'UTC',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) =>
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolveExit(code);
    }),
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = () => {
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolveUrl(match[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * A database several server processes can share: DATABASE_URL when set (CI), else an in-memory
 * embedded database served from this process over the wire protocol. The embedded one runs a single
 * session, so it cannot deliver LISTEN/NOTIFY between connections (see LinkChangeSubscriber).
 */
export async function sharedDatabase(): Promise<{ url: string; embedded: boolean; close(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, close: async () => {} };
  const db = await startEmbeddedDatabase(undefined, 40);
  return { url: db.url, embedded: true, close: () => db.stop() };
}

/**
 * Real PostgreSQL for what the embedded database cannot do (several processes, NOTIFY between them):
 * DATABASE_URL when set, else a throwaway database on 127.0.0.1:5432, else null. `fresh` asks for an
 * empty throwaway database even when DATABASE_URL is set (created on that server).
 */
export async function scratchPostgres(
  prefix: string,
  opts: { fresh?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (process.env.DATABASE_URL && !opts.fresh) return { url: process.env.DATABASE_URL, drop: async () => {} };
  const server = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = '/postgres';
  const admin = new Client({ connectionString: server.toString(), connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `${prefix}_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  server.pathname = `/${name}`;
  return {
    url: server.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A TCP proxy in front of the database that a test can cut (every connection dropped, new ones refused) and restore. */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private open = true;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static forUrl(url: string): TcpProxy {
    const parsed = new URL(url);
    return new TcpProxy(parsed.hostname, Number(parsed.port || 5432));
  }

  /** The database URL rewritten to go through the proxy. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (!this.open) {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolveListen) => this.server!.listen(0, '127.0.0.1', resolveListen));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Drops every connection and refuses new ones, as a database host going away. */
  cut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.open = true;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolveClose) => this.server?.close(() => resolveClose()) ?? resolveClose());
  }
}

/**
 * The built server exactly as the README's start command runs it: the embedded database (no
 * DATABASE_URL) and a session secret generated into DATA_DIR (none given).
 */
export function startMain(env: Record<string, string>): Promise<ServerProcess> {
  return spawnServer({ DATABASE_URL: '', SESSION_SECRET: '', NODE_ENV: 'development', ...env });
}
export type RunningServer = ServerProcess;

/** Runs `node dist/src/main.js` to completion (e.g. a start that must fail); resolves with its exit code and output. */
export function runMain(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'PORT', 'TRUST_PROXY', 'PUBLIC_BASE_URL']) delete base[name];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [MAIN_JS], {
      env: { ...base, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.js did not exit within ${timeoutMs} ms: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}
