import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
// Ports of this test run: the app and the destination page, in a small fixed range.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 5300);

function randomPort(offset: number): number {
  return PORT_BASE + offset + Math.floor(Math.random() * 40);
}

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The built server on a real database: DATABASE_URL when set, otherwise a fresh embedded one in a
 * temporary folder. It serves the built dashboard under /app.
 */
export async function startApp(): Promise<RunningApp> {
  const main = join(ROOT, 'server/dist/src/main.js');
  for (const file of [main, join(ROOT, 'client/dist/index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'smart-links-e2e-'));
  for (let attempt = 0; ; attempt++) {
    const port = randomPort(0);
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        NODE_ENV: 'test',
        TZ: 'UTC',
        // The browser sends X-Forwarded-For with a public address so clicks get a location.
        TRUST_PROXY: 'loopback',
        PUBLIC_BASE_URL: `http://localhost:${port}`,
        // The journey's webhook receiver is the local destination site.
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForListening(child, 120_000);
    if (output === 'ok') {
      return {
        baseUrl: `http://localhost:${port}`,
        stop: async () => {
          await stopChild(child);
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    }
    if (!output.includes('EADDRINUSE') || attempt >= 4) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`The server did not start:\n${output}`);
    }
  }
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolveWait) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolveWait(`timed out after ${timeoutMs} ms\n${output}`);
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolveWait('ok');
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.E2E_DEBUG) process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveWait(`exited with ${code}\n${output}`);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

export interface DestinationSite {
  url(path: string): string;
  stop(): Promise<void>;
}

/** A local page for the short links to land on: its title and heading name the path that was hit. */
export async function startDestination(): Promise<DestinationSite> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Destination ${path}</title><h1>Landed on ${path}</h1>`);
  });
  for (let attempt = 0; ; attempt++) {
    const port = randomPort(50);
    try {
      await new Promise<void>((ok, fail) => {
        server.once('error', fail);
        server.listen(port, '127.0.0.1', ok);
      });
      return {
        url: (path) => `http://127.0.0.1:${port}${path}`,
        stop: () => new Promise((done) => server.close(() => done())),
      };
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}
