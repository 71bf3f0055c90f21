/**
 * `pnpm bench:webhooks`: clicks at a steady 1,000 redirects/s for 20 s (bench/redirect-timer.ts) on
 * links whose account has a webhook subscribed to click.recorded, delivered to a receiver on 127.0.0.1.
 * Prints delivered/clicks, the lag from click to delivery (p50, p99; target p99 < 5 s, every click
 * delivered), the redirect latency at that rate with the webhook on and off, and the saturated redirect
 * throughput with the webhook on against off (alternating rounds).
 *
 * Database: DATABASE_URL; else a throwaway database on 127.0.0.1:5432; else the embedded one.
 * Tunables: BENCH_RATE (1000 redirects/s), BENCH_SECONDS (20), BENCH_ROUNDS (2), BENCH_REQUESTS (30000).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { execSync } from 'node:child_process';
import { pickUserAgent, seededRandom, visitorAddress } from '../test/fixtures/traffic';
import { signUp } from '../test/utils/graphql';
import { scratchPostgres, spawnServer, type ServerProcess } from '../test/utils/process';
import { WebhookReceiver } from '../test/utils/webhook-receiver';
import { RedirectTimer } from './bench-utils';

const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30_000);
const LINKS = 20;

function buildRequests(codes: string[]): autocannon.Request[] {
  const random = seededRandom(3);
  return Array.from({ length: 2000 }, () => ({
    method: 'GET',
    path: `/${codes[Math.floor(random() * codes.length)]}?utm_source=whatsapp`,
    headers: { 'user-agent': pickUserAgent(random), 'x-forwarded-for': visitorAddress(random) },
  }));
}

/** Redirects/s of an autocannon run (the warm-up and the saturated rounds). */
async function load(
  url: string,
  requests: autocannon.Request[],
  options: Partial<autocannon.Options>,
): Promise<number> {
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    autocannon({ url, requests, timeout: 10, ...options }, (error, res) =>
      error ? reject(error as Error) : resolveRun(res),
    );
  });
  return result.requests.total / result.duration;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
};
const median = (values: number[]) => percentile(values, 0.5);

async function main() {
  console.log(`uptime: ${execSync('uptime').toString().trim()}`);
  const scratch = await scratchPostgres('sl_bench_webhooks');
  if (!scratch) console.warn('! No PostgreSQL reachable: measuring the embedded database.');
  const env: Record<string, string> = { TRUST_PROXY: 'loopback', WEBHOOK_ALLOW_PRIVATE: 'true' };
  if (scratch) env.DATABASE_URL = scratch.url;
  const receiver = await new WebhookReceiver().start();
  const timer = new RedirectTimer(RATE);
  let product: ServerProcess | undefined;
  try {
    product = await spawnServer(env);
    const client = await signUp(product.url, 'Webhook bench');
    const { createWebhook } = await client.ok(
      `mutation($url: String!) { createWebhook(input: { url: $url, events: [CLICK_RECORDED] }) { webhook { id } } }`,
      { url: receiver.url },
    );
    const webhookId = createWebhook.webhook.id as string;
    const setEnabled = (enabled: boolean) =>
      client.ok(
        `mutation($id: ID!, $on: Boolean!) { updateWebhook(id: $id, input: { enabled: $on }) { id } }`,
        {
          id: webhookId,
          on: enabled,
        },
      );
    const codes: string[] = [];
    for (let i = 0; i < LINKS; i++) {
      const { createLink } = await client.ok(
        `mutation($u: String!) { createLink(input: { destinationUrl: $u }) { code } }`,
        { u: `https://shop.example.com/sale/${i}` },
      );
      codes.push(createLink.code as string);
    }
    const requests = buildRequests(codes);
    const mix = requests.map((r) => ({ path: r.path!, headers: r.headers as Record<string, string> }));
    console.log(
      `Load: ${RATE} redirects/s for ${SECONDS} s, one due every ${(1000 / RATE).toFixed(1)} ms and timed from then ` +
        `(bench/redirect-timer.ts); saturated rounds: autocannon, 50 connections; ${LINKS} links; receiver on ` +
        `127.0.0.1; database: ${scratch ? 'PostgreSQL' : 'embedded'}`,
    );
    // Warm-up with the webhook off: JIT, caches, pools, and the timer's own JIT.
    await setEnabled(false);
    await load(product.url, requests, { connections: 20, amount: 3_000 });
    await timer.run(product.url, 5, mix);

    // Clicks stored so far, once the click writer has caught up (the count stops moving).
    const storedClicks = async () => {
      let last = -1;
      for (;;) {
        const data = await client.ok(`{ links(first: 100) { nodes { clickCount } } }`);
        const sum = (data.links.nodes as { clickCount: number }[]).reduce((n, l) => n + l.clickCount, 0);
        if (sum === last) return sum;
        last = sum;
        await new Promise((r) => setTimeout(r, 500));
      }
    };

    // 1. Steady rate, webhook on: every click stored meanwhile must reach the receiver.
    const before = await storedClicks();
    await setEnabled(true);
    const on = await timer.run(product.url, SECONDS, mix);
    // Only clicks written while the webhook is on get a message: let the writer catch up first.
    const clicks = (await storedClicks()) - before;
    await setEnabled(false);
    const deadline = Date.now() + 120_000;
    const clickMessages = () => receiver.received.filter((m) => m.body.includes('"click.recorded"'));
    while (new Set(clickMessages().map((m) => m.id)).size < clicks && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    const delivered = new Set(clickMessages().map((m) => m.id)).size;
    const lags = clickMessages().map((m) => {
      const click = (JSON.parse(m.body) as { data: { click: { clickedAt: string; linkId: string } } }).data
        .click;
      return (m.receivedAt - Date.parse(click.clickedAt)) / 1000;
    });

    // 2. Same steady rate, webhook off.
    const off = await timer.run(product.url, SECONDS, mix);

    // 3. Saturated redirects, webhook on against off, alternating.
    const saturated: { on: number[]; off: number[] } = { on: [], off: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const enabled of [true, false]) {
        await setEnabled(enabled);
        const rps = await load(product.url, requests, { connections: 50, amount: REQUESTS });
        (enabled ? saturated.on : saturated.off).push(rps);
        console.log(`round ${round}: webhook ${enabled ? 'on ' : 'off'} ${rps.toFixed(0)} redirects/s`);
      }
    }
    await setEnabled(false);

    const metrics = await (await fetch(`${product.url}/metrics`)).text();
    const outcomes = [...metrics.matchAll(/^sl_webhook_deliveries_total\{outcome="(\w+)"\} (\d+)/gm)]
      .map((m) => `${m[1]} ${m[2]}`)
      .join(', ');
    console.log('');
    console.log(
      `clicks answered with the webhook on: ${on.redirected} (${(on.redirected / SECONDS).toFixed(0)}/s), errors ${on.other}`,
    );
    console.log(
      `delivered/clicks stored: ${delivered}/${clicks} = ${((delivered / clicks) * 100).toFixed(2)}% ` +
        `(${delivered === clicks ? 'every click delivered' : 'NOT every click delivered'}); attempts: ${outcomes}`,
    );
    console.log(
      `lag click → delivery: p50 ${median(lags).toFixed(2)} s, p99 ${percentile(lags, 0.99).toFixed(2)} s, ` +
        `max ${Math.max(...lags).toFixed(2)} s (target p99 < 5 s)`,
    );
    console.log(
      `redirect latency at ${RATE}/s: webhook on p50 ${on.p50} ms p99 ${on.p99} ms max ${on.max} ms; ` +
        `off p50 ${off.p50} ms p99 ${off.p99} ms max ${off.max} ms`,
    );
    const ratio = median(saturated.on) / median(saturated.off);
    console.log(
      `saturated redirects/s (median of ${ROUNDS}): on ${median(saturated.on).toFixed(0)}, off ${median(saturated.off).toFixed(0)}, ratio on/off ${ratio.toFixed(2)}`,
    );
    console.log(`uptime: ${execSync('uptime').toString().trim()}`);
    process.exitCode = delivered === clicks && on.other === 0 && off.other === 0 ? 0 : 1;
  } finally {
    timer.stop();
    const code = await product?.stop();
    if (code !== undefined && code !== 0) console.error(`server exited with ${code}:\n${product?.output()}`);
    await receiver.stop();
    await scratch?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
