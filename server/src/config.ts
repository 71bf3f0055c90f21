import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ANALYTICS_BUDGET_PER_MINUTE } from './analytics/analytics-budget';

export interface Config {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  publicBaseUrl: string;
  /** Passed to Express's `trust proxy`: false, a hop count, or a list of subnets. */
  trustProxy: false | number | string[];
  sessionSecret: string;
  nodeEnv: string;
  isProduction: boolean;
  /** SIGNUP_ENABLED=false turns self-service sign-up off (an instance for one team). */
  signUpEnabled: boolean;
  /** Origins allowed to call /graphql and the export endpoint from a browser; empty means CORS closed. */
  corsOrigins: string[];
  /** Tile servers the dashboard's map may load images from (the app is built with VITE_MAP_TILE_URL). */
  mapTileOrigins: string[];
  /** SIGNUP_RATE_LIMIT: sign-ups allowed per client address and hour (0: unlimited). */
  signUpsPerHour: number;
  /** How long an idle keep-alive connection stays open: longer than the load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
  /** How long a starting process waits for another one's migrations (MIGRATION_LOCK_TIMEOUT, seconds). */
  migrationLockTimeoutMs: number;
  /** Where clicks wait on disk until written (CLICK_SPOOL_DIR, default DATA_DIR/click-spool); null: off. */
  clickSpoolDir: string | null;
  /** Group-commit interval of the spool: the most clicks a crash can lose (CLICK_SPOOL_COMMIT_MS). */
  clickSpoolCommitMs: number;
  /** The spool refuses clicks rather than leave less free disk than this (CLICK_SPOOL_MIN_FREE_MB). */
  clickSpoolMinFreeBytes: number;
  /** sl_click_spool_alarm turns 1 past this much backlog on disk (CLICK_SPOOL_ALARM_MB). */
  clickSpoolAlarmBytes: number;
  /** Worker threads preparing clicks (CLICK_PREPARE_THREADS); 0 prepares on the main thread. */
  clickPrepareThreads: number;
  /** Seconds before each webhook retry; a message gets 1 + this many attempts. */
  webhookRetryDelays: number[];
  /** Deliveries ending FAILED in a row after which a webhook is disabled. */
  webhookMaxConsecutiveFailures: number;
  /** Lets webhooks use http and reach private, loopback and link-local addresses (development, on-premises). */
  webhookAllowPrivate: boolean;
  /** ANALYTICS_BUDGET: analytics cost units an account may spend per minute (0: unlimited). */
  analyticsBudgetPerMinute: number;
  /**
   * ANALYTICS_THREADS: worker threads answering analytics queries, off the redirects' thread (0: on the
   * main thread; the embedded database always answers there, as it serves one connection).
   */
  analyticsThreads: number;
  /**
   * ANALYTICS_DB_CONNECTIONS: database connections of each analytics thread, so at most this many
   * analytics queries per thread run at once (default cores − 1, at most 4; see defaultAnalyticsConnections).
   */
  analyticsDbConnections: number;
}

export const DEFAULT_MIGRATION_LOCK_TIMEOUT_MS = 300_000;

export class ConfigError extends Error {}

/**
 * Each analytics query runs in a PostgreSQL backend, a session of its own that Linux's autogroup
 * scheduling weighs like this whole process, and that in the usual set-up shares the host's cores with
 * the redirects' thread: four at once on two cores made redirects wait their turn (bench:isolation,
 * docs/SCALING.md). At most cores − 1 at once leaves a core to the redirects.
 */
export function defaultAnalyticsConnections(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/** Sign-ups from one address in an hour: a team signing up behind one office address fits. */
export const SIGN_UPS_PER_HOUR = 10;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseTrustProxy(raw: string | undefined): Config['trustProxy'] {
  if (raw === undefined || raw.trim() === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const subnets = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  for (const subnet of subnets) {
    const [address, bits, ...rest] = subnet.split('/');
    const family = isIP(address ?? '');
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!named.has(subnet) && (family === 0 || !validBits || rest.length > 0)) {
      throw new ConfigError(
        `TRUST_PROXY must be a hop count or a comma-separated list of addresses/subnets (e.g. 10.0.0.0/8, loopback), got "${subnet}"`,
      );
    }
  }
  return subnets;
}

function parseBaseUrl(raw: string | undefined, port: number): string {
  const value = raw && raw.trim() !== '' ? raw.trim() : `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_BASE_URL must use http or https, got "${value}"`);
  }
  if (url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigError(
      `PUBLIC_BASE_URL must be an origin without path, query or fragment, got "${value}"`,
    );
  }
  return url.origin;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL must be a postgres:// connection URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}"`);
  }
  return raw;
}

function parseSeconds(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < 1 || value > max) {
    throw new ConfigError(`${name} must be a whole number of seconds from 1 to ${max}, got "${raw}"`);
  }
  return value;
}

function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw.trim());
}

function parseBoundedCount(
  name: string,
  raw: string | undefined,
  fallback: number,
  max: number,
  min = 0,
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value > max || value < min) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseOrigins(variable: string, raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        // reported below
      }
      // Browsers send the Origin header as scheme://host[:port] exactly, so only that form can ever match.
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
        throw new ConfigError(
          `${variable} must be a comma-separated list of origins like https://example.com (no path, no trailing slash), got "${origin}"`,
        );
      }
      return origin;
    });
}

export const DEFAULT_WEBHOOK_RETRY_DELAYS = [5, 300, 1800, 7200, 18000, 36000, 36000];

function parseRetryDelays(raw: string | undefined): number[] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_WEBHOOK_RETRY_DELAYS;
  const parts = raw.split(',').map((s) => s.trim());
  // Fractions are allowed (tests retry within seconds); a week bounds a single wait.
  if (parts.length > 20 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p) || Number(p) > 604_800)) {
    throw new ConfigError(
      `WEBHOOK_RETRY_DELAYS must be up to 20 comma-separated numbers of seconds (each at most 604800), e.g. 5,300,1800; got "${raw}"`,
    );
  }
  return parts.map(Number);
}

function parsePositiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < 1 || value > 1_000_000) {
    throw new ConfigError(`${name} must be a whole number from 1 to 1000000, got "${raw}"`);
  }
  return value;
}

/** Reads the session secret from the data folder, creating it on first start. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

const DEFAULT_DATA_DIR = resolve(__dirname, '../../../data');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT);
  const nodeEnv = env.NODE_ENV && env.NODE_ENV !== '' ? env.NODE_ENV : 'development';
  // The default is the repository's own data folder, whichever package folder a script runs from.
  const dataDir = env.DATA_DIR && env.DATA_DIR !== '' ? resolve(env.DATA_DIR) : DEFAULT_DATA_DIR;
  // Empty counts as unset, as for every other variable (e.g. `SESSION_SECRET=${SESSION_SECRET:-}` in compose).
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret !== '' && sessionSecret.length < 16) {
    throw new ConfigError('SESSION_SECRET must be at least 16 characters long');
  }
  return {
    port,
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir,
    publicBaseUrl: parseBaseUrl(env.PUBLIC_BASE_URL, port),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionSecret: sessionSecret || loadOrCreateSecret(dataDir),
    nodeEnv,
    isProduction: nodeEnv === 'production',
    signUpEnabled: parseBoolean('SIGNUP_ENABLED', env.SIGNUP_ENABLED, true),
    signUpsPerHour: parseCount('SIGNUP_RATE_LIMIT', env.SIGNUP_RATE_LIMIT, SIGN_UPS_PER_HOUR),
    corsOrigins: parseOrigins('CORS_ORIGINS', env.CORS_ORIGINS),
    mapTileOrigins: parseOrigins('MAP_TILE_ORIGINS', env.MAP_TILE_ORIGINS),
    // 65 s outlasts the 60 s idle timeout of AWS's load balancers and nginx's upstream keep-alive;
    // Google Cloud's load balancer keeps backend connections 600 s (set 620 there).
    keepAliveTimeoutMs: parseSeconds('KEEP_ALIVE_TIMEOUT', env.KEEP_ALIVE_TIMEOUT, 65, 3600) * 1000,
    migrationLockTimeoutMs:
      parseSeconds(
        'MIGRATION_LOCK_TIMEOUT',
        env.MIGRATION_LOCK_TIMEOUT,
        DEFAULT_MIGRATION_LOCK_TIMEOUT_MS / 1000,
        86_400,
      ) * 1000,
    clickSpoolDir: parseBoolean('CLICK_SPOOL', env.CLICK_SPOOL, true)
      ? resolve(
          env.CLICK_SPOOL_DIR && env.CLICK_SPOOL_DIR !== ''
            ? env.CLICK_SPOOL_DIR
            : join(dataDir, 'click-spool'),
        )
      : null,
    clickSpoolCommitMs: Math.max(
      1,
      parseBoundedCount('CLICK_SPOOL_COMMIT_MS', env.CLICK_SPOOL_COMMIT_MS, 50, 10_000),
    ),
    clickSpoolMinFreeBytes:
      parseBoundedCount('CLICK_SPOOL_MIN_FREE_MB', env.CLICK_SPOOL_MIN_FREE_MB, 256, 1e7) * 1024 * 1024,
    clickSpoolAlarmBytes:
      parseBoundedCount('CLICK_SPOOL_ALARM_MB', env.CLICK_SPOOL_ALARM_MB, 1024, 1e7) * 1024 * 1024,
    clickPrepareThreads: parseBoundedCount('CLICK_PREPARE_THREADS', env.CLICK_PREPARE_THREADS, 1, 16),
    webhookRetryDelays: parseRetryDelays(env.WEBHOOK_RETRY_DELAYS),
    webhookMaxConsecutiveFailures: parsePositiveInteger(
      'WEBHOOK_MAX_CONSECUTIVE_FAILURES',
      env.WEBHOOK_MAX_CONSECUTIVE_FAILURES,
      50,
    ),
    webhookAllowPrivate: parseBoolean('WEBHOOK_ALLOW_PRIVATE', env.WEBHOOK_ALLOW_PRIVATE, false),
    analyticsBudgetPerMinute: parseCount(
      'ANALYTICS_BUDGET',
      env.ANALYTICS_BUDGET,
      ANALYTICS_BUDGET_PER_MINUTE,
    ),
    analyticsThreads: parseBoundedCount('ANALYTICS_THREADS', env.ANALYTICS_THREADS, 1, 16),
    analyticsDbConnections: parseBoundedCount(
      'ANALYTICS_DB_CONNECTIONS',
      env.ANALYTICS_DB_CONNECTIONS,
      defaultAnalyticsConnections(),
      16,
      1,
    ),
  };
}
