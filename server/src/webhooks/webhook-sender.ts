import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { blockedAddressReason } from './address-guard';
import { signWebhook } from './webhook-secret';
import { webhookUrlProblem } from './webhook-url';

export interface AttemptResult {
  ok: boolean;
  /** The answer's HTTP status, when one came. */
  status: number | null;
  /** Why the attempt failed; null on success. */
  error: string | null;
}

export interface SendOptions {
  url: string;
  id: string;
  body: string;
  secret: string;
  allowPrivate: boolean;
  timeoutMs: number;
  /** Name resolution (tests stand in a resolver that answers what they need, without a network). */
  resolve?: typeof dnsLookup;
}

// Kept-alive connections are reused only towards an address that passed the guard when they opened.
const agents = {
  http: new http.Agent({ keepAlive: true, timeout: 10_000 }),
  https: new https.Agent({ keepAlive: true, timeout: 10_000 }),
};

class BlockedAddressError extends Error {
  code = 'EBLOCKED';
}

/**
 * Resolves like dns.lookup, then refuses when any resolved address is outside the public internet: the
 * connection is made to the address that was checked, so a name that changes its answer between the
 * check and the connect (DNS rebinding) cannot slip through.
 */
function guardedLookup(allowPrivate: boolean, resolve: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...(options as LookupOptions), all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as unknown as LookupAddress[];
      if (list.length === 0) return callback(new Error(`${hostname} has no address`), '', 4);
      if (!allowPrivate) {
        for (const { address } of list) {
          const reason = blockedAddressReason(address);
          if (reason)
            return callback(
              new BlockedAddressError(`Blocked: ${hostname} resolved to ${address}, ${reason}`),
              '',
              4,
            );
        }
      }
      if ((options as LookupOptions).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function describe(error: Error & { code?: string }, timeoutMs: number): string {
  switch (error.code) {
    case 'EBLOCKED':
      return error.message;
    case 'ETIMEDOUT':
      return `Timed out after ${timeoutMs / 1000} s`;
    case 'ECONNREFUSED':
      return 'Connection refused';
    case 'ECONNRESET':
      return 'Connection reset by the receiver';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'Host name not found';
    default:
      return error.message || 'Request failed';
  }
}

/**
 * One attempt: POST the stored body with Standard Webhooks headers, signed now. Success is a 2xx
 * answer within the timeout; redirects are failures and never followed.
 */
export function sendWebhook(options: SendOptions, retryStale = true): Promise<AttemptResult> {
  const problem = webhookUrlProblem(options.url, options.allowPrivate);
  if (problem) return Promise.resolve({ ok: false, status: null, error: `Blocked: ${problem}` });
  const url = new URL(options.url);
  const timestamp = Math.floor(Date.now() / 1000);
  const secure = url.protocol === 'https:';
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = (secure ? https : http).request(
      url,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        lookup: guardedLookup(options.allowPrivate, options.resolve ?? dnsLookup),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(options.body),
          'user-agent': 'SmartLinks-Webhooks/1.0',
          'webhook-id': options.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(options.secret, options.id, timestamp, options.body),
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is not needed; reading it lets the connection be reused.
        response.resume();
        response.on('error', () => undefined);
        if (status >= 200 && status < 300) finish({ ok: true, status, error: null });
        else if (status >= 300 && status < 400)
          finish({ ok: false, status, error: `Redirect (HTTP ${status}) not followed` });
        else finish({ ok: false, status, error: `HTTP ${status}` });
      },
    );
    const timer = setTimeout(() => {
      const error = Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' });
      request.destroy(error);
      finish({ ok: false, status: null, error: describe(error, options.timeoutMs) });
    }, options.timeoutMs);
    request.on('error', (error: Error & { code?: string }) => {
      // A kept-alive connection the receiver closed just as we reused it: not the receiver's answer.
      // Sent again once on a fresh connection, as Node's documentation advises.
      if (retryStale && request.reusedSocket && error.code === 'ECONNRESET' && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(sendWebhook(options, false));
        return;
      }
      finish({ ok: false, status: null, error: describe(error, options.timeoutMs).slice(0, 500) });
    });
    request.end(options.body);
  });
}
