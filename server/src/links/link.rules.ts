import { randomInt } from 'node:crypto';
import { badInput } from '../shared/errors';
import { cleanText } from '../shared/validation';
import { OwnAddresses } from '../security/own-addresses';
import { codeReserved } from './link.errors';

export const CODE_RE = /^[A-Za-z0-9]{4,12}$/;
export const GENERATED_CODE_LENGTH = 7;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Paths the server itself answers; compared case-insensitively so `/GraphQL` can never become a link. */
export const RESERVED_CODES = new Set([
  'graphql',
  'app',
  'assets',
  'health',
  'healthz',
  'readyz',
  'livez',
  'metrics',
  'api',
  'static',
  'public',
  'favicon',
  'robots',
  'sitemap',
  'manifest',
  'login',
  'logout',
  'signup',
  'signin',
  'register',
  'admin',
  'dashboard',
  'links',
  'link',
  'settings',
  'account',
  'accounts',
  'keys',
  'apikeys',
  'analytics',
  'export',
  'exports',
  'auth',
  'oauth',
  'docs',
  'help',
  'support',
  'status',
  'index',
  'www',
  'null',
  'undefined',
]);

export const isReservedCode = (code: string) => RESERVED_CODES.has(code.toLowerCase());

/** 7 characters from a CSPRNG over [A-Za-z0-9]: 62^7 ≈ 3.5e12 codes, neither sequential nor guessable. */
export function generateCode(): string {
  let code = '';
  for (let i = 0; i < GENERATED_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Format first, then reservation: `api` (3 characters) is a format error, `graphql` a reserved one. */
export function validateCustomCode(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') throw badInput('customCode', 'Custom code must be text');
  const code = raw.trim();
  if (code === '') return null;
  if (!CODE_RE.test(code))
    throw badInput('customCode', 'Custom code must be 4–12 letters (A–Z, a–z) or digits (0–9)');
  if (isReservedCode(code)) throw codeReserved();
  return code;
}

const ownAddresses = new Map<string, OwnAddresses>();
function ownAddressesFor(publicBaseUrl: string, listenPort: number): OwnAddresses {
  const key = `${publicBaseUrl} ${listenPort}`;
  let own = ownAddresses.get(key);
  if (!own) ownAddresses.set(key, (own = new OwnAddresses(publicBaseUrl, listenPort)));
  return own;
}

/** `listenPort`: the port the process listens on, which reaches us too when it differs from the public one. */
export function validateDestinationUrl(raw: unknown, publicBaseUrl: string, listenPort = 0): string {
  if (typeof raw !== 'string' || raw.trim() === '')
    throw badInput('destinationUrl', 'Destination URL is required');
  const value = raw.trim();
  if (value.length > 2048)
    throw badInput('destinationUrl', 'Destination URL must be at most 2,048 characters');
  if (/[\s\u0000-\u001f\u007f]/.test(value))
    throw badInput('destinationUrl', 'Destination URL must not contain spaces or control characters');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(
      'destinationUrl',
      'Enter a full URL starting with http:// or https://, e.g. https://example.com/your-page',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput('destinationUrl', 'Only http:// and https:// destinations are allowed');
  }
  if (!/^https?:\/\//i.test(value) || url.hostname === '') {
    throw badInput(
      'destinationUrl',
      'Enter a full URL starting with http:// or https://, e.g. https://example.com/your-page',
    );
  }
  if (url.username || url.password)
    throw badInput('destinationUrl', 'Destination URL must not contain a user name or password');
  if (ownAddressesFor(publicBaseUrl, listenPort).reaches(url)) {
    throw badInput('destinationUrl', 'Destination URL must not point back at a short link');
  }
  if (url.href.length > 2048)
    throw badInput('destinationUrl', 'Destination URL must be at most 2,048 characters');
  return url.href;
}

export const validateTitle = (raw: unknown): string | null =>
  cleanText(raw, { field: 'title', label: 'Title', max: 200 });

export function validateExpiresAt(raw: unknown, now = Date.now()): Date | null {
  if (raw === null || raw === undefined) return null;
  if (!(raw instanceof Date) || Number.isNaN(raw.getTime()))
    throw badInput('expiresAt', 'Expiration date is not a valid date');
  if (raw.getTime() <= now) throw badInput('expiresAt', 'Expiration date must be in the future');
  if (raw.getUTCFullYear() > 9999) throw badInput('expiresAt', 'Expiration date is too far in the future');
  return raw;
}
