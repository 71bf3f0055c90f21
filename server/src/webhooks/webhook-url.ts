import { isIP } from 'node:net';
import { badInput } from '../shared/errors';
import { blockedAddressReason, isLocalHostName } from './address-guard';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * A webhook's URL rules, applied when a webhook is saved and again before every attempt: absolute,
 * at most 2,048 characters, no credentials (a user name alone counts), https only and never an address
 * outside the public internet — unless private receivers are allowed, which also allows http.
 * Returns the reason a URL is refused, or null.
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return 'The URL is required';
  if (raw.length > MAX_WEBHOOK_URL_LENGTH)
    return `The URL must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'The URL must be an absolute https URL';
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol))
    return allowPrivate ? 'The URL must use https or http' : 'The URL must use https';
  if (url.username || url.password) return 'The URL must not contain credentials';
  if (!url.hostname) return 'The URL must name a host';
  if (allowPrivate) return null;
  if (isLocalHostName(url.hostname)) return 'The URL must not point at this machine (localhost)';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = blockedAddressReason(host);
    if (reason) return `The URL must not point at ${reason} (${host})`;
  }
  return null;
}

/** The URL as stored: trimmed and normalised by the URL parser. */
export function validateWebhookUrl(raw: string, allowPrivate: boolean): string {
  const problem = webhookUrlProblem(raw, allowPrivate);
  if (problem) throw badInput('url', problem);
  const url = new URL(raw.trim()).toString();
  // Percent-encoding can lengthen a URL: the limit holds for what is stored and sent.
  if (url.length > MAX_WEBHOOK_URL_LENGTH)
    throw badInput('url', `The URL must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  return url;
}
