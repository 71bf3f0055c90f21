import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { TimedRequest, TimerRequest, TimerResult } from './redirect-timer';

/** Creates the database of `url` when missing (a bench database of its own). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

export async function graphql(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `work` `warmup` times, then `runs` times timed; prints and returns p50/p95 in ms. */
export async function time(label: string, runs: number, work: () => Promise<void>, warmup = 3) {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const result = { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
  console.log(
    `  ${label.padEnd(46)} p50 ${result.p50.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms`,
  );
  return result;
}

/** A fresh account and an API key of its own, like an integration reading reports. */
export async function benchAccount(base: string): Promise<{ accountId: string; token: string }> {
  const signUp = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($i: SignUpInput!) { signUp(input: $i) { account { id } } }`,
      variables: {
        i: {
          email: `bench${Date.now()}@example.com`,
          password: 'bench password 123',
          accountName: 'Bench',
        },
      },
    }),
  });
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const accountId: string = ((await signUp.json()) as any).data.signUp.account.id;
  const keyRes = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: `mutation { createApiKey(name: "bench") { secret } }` }),
  });
  const token: string = ((await keyRes.json()) as any).data.createApiKey.secret;
  return { accountId, token };
}

/**
 * CPU seconds a process has used so far (user + system, every thread), from /proc. On a machine shared
 * with other work, wall-clock requests/s move with the neighbours; CPU per request moves far less.
 */
export function cpuSeconds(pid: number | undefined, mainThreadOnly = false): number {
  if (pid === undefined) return NaN;
  try {
    // Fields after the command name: state is field 3, utime 14 and stime 15, in clock ticks (100/s).
    // The main thread's own figures are under task/<pid>.
    const path = mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
    const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Redirect latencies at a steady rate, measured in a child process (bench/redirect-timer.ts) that is
 * warmed up once and kept for every run: load generators and receivers on the bench's own thread would
 * delay the timing of answers already in.
 */
export class RedirectTimer {
  private readonly child: ChildProcess = fork(join(__dirname, 'redirect-timer.js'), { stdio: 'inherit' });

  constructor(private readonly rate: number) {}

  run(url: string, seconds: number, requests?: TimedRequest[]): Promise<TimerResult> {
    return new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the redirect timer exited with ${code}`));
      this.child.once('exit', exited);
      this.child.once('message', (result) => {
        this.child.off('exit', exited);
        resolve(result as TimerResult);
      });
      this.child.send({ url, rate: this.rate, seconds, requests } satisfies TimerRequest);
    });
  }

  stop(): void {
    this.child.kill();
  }
}
