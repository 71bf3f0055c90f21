import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, defaultAnalyticsConnections, loadConfig } from '../src/config';
import { runMain } from './utils/process';

const dataDir = mkdtempSync(join(tmpdir(), 'sl-config-test-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** A complete, valid environment; each test changes one variable. */
const env = (overrides: Record<string, string | undefined> = {}) => ({
  DATA_DIR: dataDir,
  SESSION_SECRET: 'a-long-enough-session-secret',
  ...overrides,
});

function rejects(variable: string, value: string) {
  let error: unknown;
  try {
    loadConfig(env({ [variable]: value }));
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof ConfigError, `${variable}=${JSON.stringify(value)} should be rejected`);
  const message = (error as Error).message;
  assert.ok(message.includes(variable), `the message names ${variable}: ${message}`);
  assert.doesNotMatch(message, /\n/, 'one line');
  return message;
}

describe('configuration (loadConfig)', () => {
  it('defaults: port 4000, embedded database, localhost base URL, no trusted proxy, development', () => {
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'a-long-enough-session-secret' });
    assert.equal(config.port, 4000);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.publicBaseUrl, 'http://localhost:4000');
    assert.equal(config.trustProxy, false);
    assert.equal(config.nodeEnv, 'development');
    assert.equal(config.isProduction, false);
    assert.equal(config.dataDir, dataDir);
  });

  it('empty values count as unset', () => {
    const config = loadConfig(
      env({ PORT: '', DATABASE_URL: '', PUBLIC_BASE_URL: '', TRUST_PROXY: '', NODE_ENV: '' }),
    );
    assert.equal(config.port, 4000);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.trustProxy, false);
    assert.equal(config.nodeEnv, 'development');
  });

  it('PORT: a whole number 0–65535', () => {
    assert.equal(loadConfig(env({ PORT: '8080' })).port, 8080);
    assert.equal(loadConfig(env({ PORT: '8080' })).publicBaseUrl, 'http://localhost:8080');
    assert.equal(loadConfig(env({ PORT: '0' })).port, 0);
    for (const bad of ['abc', '-1', '65536', '80.5', ' 80', '8080x', '1e3']) rejects('PORT', bad);
  });

  it('DATABASE_URL: a postgres:// or postgresql:// URL, without echoing a password', () => {
    assert.equal(
      loadConfig(env({ DATABASE_URL: 'postgres://u:p@db:5432/app' })).databaseUrl,
      'postgres://u:p@db:5432/app',
    );
    assert.equal(loadConfig(env({ DATABASE_URL: 'postgresql://db/app' })).databaseUrl, 'postgresql://db/app');
    rejects('DATABASE_URL', 'not a url');
    rejects('DATABASE_URL', 'localhost:5432');
    const message = rejects('DATABASE_URL', 'mysql://root:hunter2@db/app');
    assert.doesNotMatch(message, /hunter2/);
  });

  it('PUBLIC_BASE_URL: an http(s) origin', () => {
    assert.equal(
      loadConfig(env({ PUBLIC_BASE_URL: 'https://sl.example/' })).publicBaseUrl,
      'https://sl.example',
    );
    assert.equal(
      loadConfig(env({ PUBLIC_BASE_URL: 'http://sl.example:8080' })).publicBaseUrl,
      'http://sl.example:8080',
    );
    for (const bad of [
      'sl.example',
      'ftp://sl.example',
      'https://sl.example/go',
      'https://sl.example/?a=1',
      'https://sl.example/#x',
      'not a url',
      'javascript:alert(1)',
    ]) {
      rejects('PUBLIC_BASE_URL', bad);
    }
  });

  it('TRUST_PROXY: a hop count or a list of addresses/subnets, never "believe everything"', () => {
    assert.equal(loadConfig(env({ TRUST_PROXY: '1' })).trustProxy, 1);
    assert.equal(loadConfig(env({ TRUST_PROXY: '2' })).trustProxy, 2);
    assert.equal(loadConfig(env({ TRUST_PROXY: 'false' })).trustProxy, false);
    assert.equal(loadConfig(env({ TRUST_PROXY: '0' })).trustProxy, false);
    assert.deepEqual(loadConfig(env({ TRUST_PROXY: 'loopback' })).trustProxy, ['loopback']);
    assert.deepEqual(loadConfig(env({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,fd00::/8' })).trustProxy, [
      '10.0.0.0/8',
      '127.0.0.1',
      'fd00::/8',
    ]);
    for (const bad of [
      'true',
      'yes',
      '-1',
      '1.5',
      '10.0.0.0/33',
      '300.1.1.1',
      '10.0.0.0/8/8',
      'loopback, garbage',
      '::1/129',
    ]) {
      rejects('TRUST_PROXY', bad);
    }
  });

  it('SESSION_SECRET: at least 16 characters; when unset, generated once and kept in DATA_DIR', () => {
    rejects('SESSION_SECRET', 'short');
    assert.equal(loadConfig(env({ SESSION_SECRET: 'x'.repeat(16) })).sessionSecret, 'x'.repeat(16));
    const dir = join(dataDir, 'fresh');
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    assert.ok(first.length >= 32);
    assert.equal(loadConfig({ DATA_DIR: dir }).sessionSecret, first, 'the same secret after a restart');
    const file = join(dir, 'session-secret');
    assert.equal(readFileSync(file, 'utf8').trim(), first);
    assert.equal(statSync(file).mode & 0o077, 0, 'readable by its owner only');
    assert.notEqual(loadConfig({ DATA_DIR: join(dataDir, 'other') }).sessionSecret, first);
    assert.equal(
      loadConfig({ DATA_DIR: dir, SESSION_SECRET: '' }).sessionSecret,
      first,
      'empty counts as unset',
    );
  });

  it('MIGRATION_LOCK_TIMEOUT: whole seconds, at least 1; 300 s by default', () => {
    assert.equal(loadConfig(env()).migrationLockTimeoutMs, 300_000);
    assert.equal(loadConfig(env({ MIGRATION_LOCK_TIMEOUT: '' })).migrationLockTimeoutMs, 300_000);
    assert.equal(loadConfig(env({ MIGRATION_LOCK_TIMEOUT: '45' })).migrationLockTimeoutMs, 45_000);
    for (const bad of ['0', '-5', '1.5', 'ten', '30s']) rejects('MIGRATION_LOCK_TIMEOUT', bad);
  });

  it('WEBHOOK_RETRY_DELAYS: comma-separated seconds; default 5,300,1800,7200,18000,36000,36000', () => {
    assert.deepEqual(loadConfig(env()).webhookRetryDelays, [5, 300, 1800, 7200, 18000, 36000, 36000]);
    assert.deepEqual(loadConfig(env({ WEBHOOK_RETRY_DELAYS: '' })).webhookRetryDelays.length, 7);
    assert.deepEqual(
      loadConfig(env({ WEBHOOK_RETRY_DELAYS: ' 1, 2.5 ,60' })).webhookRetryDelays,
      [1, 2.5, 60],
    );
    for (const bad of ['soon', '5,,10', '-1', '5;10', '1e3', '700000', Array(21).fill('1').join(',')])
      rejects('WEBHOOK_RETRY_DELAYS', bad);
  });

  it('WEBHOOK_MAX_CONSECUTIVE_FAILURES: a whole number ≥ 1, default 50', () => {
    assert.equal(loadConfig(env()).webhookMaxConsecutiveFailures, 50);
    assert.equal(loadConfig(env({ WEBHOOK_MAX_CONSECUTIVE_FAILURES: '3' })).webhookMaxConsecutiveFailures, 3);
    for (const bad of ['0', '-2', '2.5', 'many']) rejects('WEBHOOK_MAX_CONSECUTIVE_FAILURES', bad);
  });

  it('WEBHOOK_ALLOW_PRIVATE: true or false, default false', () => {
    assert.equal(loadConfig(env()).webhookAllowPrivate, false);
    assert.equal(loadConfig(env({ WEBHOOK_ALLOW_PRIVATE: 'true' })).webhookAllowPrivate, true);
    rejects('WEBHOOK_ALLOW_PRIVATE', 'yes please');
  });

  it('ANALYTICS_THREADS: a whole number 0–16, default 1 (0 answers analytics on the main thread)', () => {
    assert.equal(loadConfig(env()).analyticsThreads, 1);
    assert.equal(loadConfig(env({ ANALYTICS_THREADS: '0' })).analyticsThreads, 0);
    assert.equal(loadConfig(env({ ANALYTICS_THREADS: '3' })).analyticsThreads, 3);
    for (const bad of ['-1', '1.5', 'two', '17']) rejects('ANALYTICS_THREADS', bad);
  });

  it('ANALYTICS_DB_CONNECTIONS: a whole number 1–16, default cores − 1 within 1–4', () => {
    assert.equal(loadConfig(env()).analyticsDbConnections, defaultAnalyticsConnections());
    assert.equal(loadConfig(env({ ANALYTICS_DB_CONNECTIONS: '6' })).analyticsDbConnections, 6);
    for (const bad of ['0', '-1', '1.5', 'two', '17']) rejects('ANALYTICS_DB_CONNECTIONS', bad);
    assert.deepEqual(
      [1, 2, 3, 4, 8, 64].map((cores) => defaultAnalyticsConnections(cores)),
      [1, 1, 2, 3, 4, 4],
    );
  });

  it('NODE_ENV=production turns production mode on', () => {
    assert.equal(loadConfig(env({ NODE_ENV: 'production' })).isProduction, true);
    assert.equal(loadConfig(env({ NODE_ENV: 'test' })).isProduction, false);
  });
});

describe('configuration errors stop the server', () => {
  for (const [variable, value] of [
    ['PORT', 'not-a-port'],
    ['TRUST_PROXY', 'true'],
    ['SESSION_SECRET', 'short'],
    ['WEBHOOK_RETRY_DELAYS', '5,ten'],
  ] as const) {
    it(`${variable}=${value}: exit code 1 and one line naming ${variable}`, async () => {
      const { code, stdout, stderr } = await runMain({
        DATA_DIR: dataDir,
        SESSION_SECRET: 'a-long-enough-session-secret',
        [variable]: value,
      });
      assert.equal(code, 1);
      assert.equal(stdout, '');
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, stderr);
      assert.match(lines[0]!, new RegExp(`^Configuration error: ${variable}\\b`));
    });
  }
});
