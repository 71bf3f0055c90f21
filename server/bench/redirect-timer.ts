/**
 * Times redirects for bench:isolation in a process of its own, kept through every row and warmed up
 * once: the heavy clients and flooders in the bench's process would delay the timing of answers that
 * had already arrived, and a fresh timer per row timed its own JIT warm-up.
 *
 * Requests go out at a steady rate (one every 1000/rate ms) over keep-alive connections, and each
 * one's latency counts from the moment it was due, not from when it was sent: a stall on either side
 * is counted for every request it delays, and only once. autocannon's rate mode did neither: each
 * connection sent its share of the second back to back at the start of the second, and its
 * coordinated-omission correction took 1 ms as the expected interval (`Math.ceil(1 / rate)` with the
 * rate per second), so one 185 ms answer added 184 made-up samples.
 */
import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './bench-utils';

/** One request of a mix: a path on the timed server, with its headers (a visitor's user agent, address). */
export interface TimedRequest {
  path: string;
  headers: Record<string, string>;
}

export interface TimerRequest {
  url: string;
  rate: number;
  seconds: number;
  /** Sent in turn, each against `url`'s origin; without them every request is a plain GET of `url`. */
  requests?: TimedRequest[];
}

export interface TimerResult {
  p50: number;
  p99: number;
  max: number;
  redirected: number;
  other: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function time({ url, rate, seconds, requests }: TimerRequest): Promise<TimerResult> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies = new Float64Array(total);
  let done = 0;
  let redirected = 0;
  let other = 0;
  return new Promise((resolve) => {
    const start = performance.now();
    let sent = 0;
    const finish = (i: number, due: number, status: number | undefined) => {
      latencies[i] = performance.now() - due;
      if (status === 302) redirected++;
      else other++;
      if (++done < total) return;
      const sorted = Array.from(latencies.sort());
      const at = (p: number) => Number(percentile(sorted, p).toFixed(1));
      resolve({ p50: at(50), p99: at(99), max: at(100), redirected, other });
    };
    const tick = () => {
      // Everything due by now goes out, so a late timer delays requests but never drops them.
      while (sent < total && start + sent * interval <= performance.now()) {
        const i = sent++;
        const due = start + i * interval;
        const mix = requests?.[i % requests.length];
        const target = mix ? new URL(mix.path, url) : url;
        const req = get(target, { agent, headers: mix?.headers }, (res) => {
          res.resume();
          res.on('end', () => finish(i, due, res.statusCode));
        });
        req.on('error', () => finish(i, due, undefined));
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
}

process.on('message', (request: TimerRequest) => {
  void time(request).then((result) => process.send!(result));
});
