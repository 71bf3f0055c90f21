import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config';
import { signUp } from '../utils/graphql';
import { startTestServer } from '../utils/server';
import { useTestServer } from '../utils/fixtures';

function cspDirectives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('security headers', () => {
  const server = useTestServer({ TRUST_PROXY: 'loopback' });

  it('serves the dashboard with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${server.url}/app/`);
    const csp = cspDirectives(res.headers.get('content-security-policy'));
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    assert.deepEqual(csp.get('script-src'), ["'self'"], 'no inline or foreign scripts');
    assert.deepEqual(csp.get('script-src-attr'), ["'none'"]);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'self'"]);
    assert.deepEqual(csp.get('form-action'), ["'self'"]);
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
    assert.deepEqual(csp.get('img-src'), ["'self'", 'data:', 'blob:']);
    for (const [name, values] of csp) {
      assert.ok(!values.includes("'unsafe-eval'") && !values.includes('*'), `${name}: ${values.join(' ')}`);
      if (name !== 'style-src') assert.ok(!values.includes("'unsafe-inline'"), name);
    }
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'same-origin');
    assert.equal(res.headers.get('x-powered-by'), null);
  });

  it('sends HSTS and upgrade-insecure-requests only over https', async () => {
    const plain = await fetch(`${server.url}/app/`);
    assert.equal(plain.headers.get('strict-transport-security'), null);
    assert.ok(!cspDirectives(plain.headers.get('content-security-policy')).has('upgrade-insecure-requests'));

    const tls = await fetch(`${server.url}/app/`, { headers: { 'x-forwarded-proto': 'https' } });
    assert.match(tls.headers.get('strict-transport-security') ?? '', /max-age=\d{7,}/);
    assert.ok(cspDirectives(tls.headers.get('content-security-policy')).has('upgrade-insecure-requests'));
  });

  it('protects /graphql answers too', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  });

  it('keeps the redirect bare: no security middleware in front of it', async () => {
    const user = await signUp(server.url);
    const { createLink } = await user.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/fast" }) { code } }`,
    );
    const res = await fetch(`${server.url}/${createLink.code}`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('content-security-policy'), null);
    assert.equal(res.headers.get('x-frame-options'), null);

    // Its small HTML pages get a static policy: inline CSS and nothing else.
    const missing = await fetch(`${server.url}/Nope9876`, { redirect: 'manual' });
    assert.equal(missing.status, 404);
    const csp = cspDirectives(missing.headers.get('content-security-policy'));
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('style-src'), ["'unsafe-inline'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  });

  it('marks the session cookie Secure behind an https proxy, and only there', async () => {
    const signUpQuery = (email: string) =>
      JSON.stringify({
        query: `mutation { signUp(input: { email: "${email}", password: "correct horse battery", accountName: "A" }) { id } }`,
      });
    const overHttps = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: signUpQuery(`tls${Date.now()}@example.com`),
    });
    const secureCookie = overHttps.headers.getSetCookie().find((c) => c.startsWith('sl_session='));
    assert.match(secureCookie ?? '', /;\s*Secure/i);
    assert.match(secureCookie ?? '', /;\s*HttpOnly/i);
    assert.match(secureCookie ?? '', /;\s*SameSite=Lax/i);

    const overHttp = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signUpQuery(`plain${Date.now()}@example.com`),
    });
    const plainCookie = overHttp.headers.getSetCookie().find((c) => c.startsWith('sl_session='));
    assert.ok(plainCookie);
    assert.doesNotMatch(plainCookie, /;\s*Secure/i);
  });

  it('ignores X-Forwarded-Proto from an untrusted peer', async () => {
    const untrusted = await startTestServer();
    try {
      const res = await fetch(`${untrusted.url}/app/`, { headers: { 'x-forwarded-proto': 'https' } });
      assert.equal(res.headers.get('strict-transport-security'), null);
    } finally {
      await untrusted.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
  const post = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });

  it('is closed by default', async () => {
    const server = await startTestServer();
    try {
      const pre = await preflight(server.url, 'https://crm.example.com');
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      const res = await post(server.url, 'https://crm.example.com');
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    } finally {
      await server.close();
    }
  });

  it('opens /graphql to the origins in CORS_ORIGINS only, without credentials', async () => {
    const server = await startTestServer({ CORS_ORIGINS: 'https://crm.example.com, http://localhost:3000' });
    try {
      const pre = await preflight(server.url, 'https://crm.example.com');
      assert.ok(pre.status === 204 || pre.status === 200);
      assert.equal(pre.headers.get('access-control-allow-origin'), 'https://crm.example.com');
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /authorization/i);
      assert.equal(pre.headers.get('access-control-allow-credentials'), null);
      const res = await post(server.url, 'http://localhost:3000');
      assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:3000');

      // The CSV export under /api follows the same rule.
      const csv = await fetch(`${server.url}/api/links/00000000-0000-4000-8000-000000000000/clicks.csv`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://crm.example.com',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
      assert.equal(csv.headers.get('access-control-allow-origin'), 'https://crm.example.com');
      const csvEvil = await fetch(`${server.url}/api/links/00000000-0000-4000-8000-000000000000/clicks.csv`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      assert.equal(csvEvil.headers.get('access-control-allow-origin'), null);

      for (const origin of ['https://evil.example', 'https://crm.example.com.evil.example', 'null']) {
        assert.equal(
          (await preflight(server.url, origin)).headers.get('access-control-allow-origin'),
          null,
          origin,
        );
        assert.equal(
          (await post(server.url, origin)).headers.get('access-control-allow-origin'),
          null,
          origin,
        );
      }
    } finally {
      await server.close();
    }
  });

  it('lets the map load tiles only from the servers in MAP_TILE_ORIGINS', async () => {
    const tiles = await startTestServer({ MAP_TILE_ORIGINS: 'https://tiles.example.com' });
    try {
      const csp = cspDirectives((await fetch(`${tiles.url}/app/`)).headers.get('content-security-policy'));
      assert.deepEqual(csp.get('img-src'), ["'self'", 'data:', 'blob:', 'https://tiles.example.com']);
      assert.deepEqual(csp.get('script-src'), ["'self'"], 'tiles are images, nothing more');
    } finally {
      await tiles.close();
    }
    assert.throws(
      () => loadConfig({ SESSION_SECRET: 'test-secret-0123456789', MAP_TILE_ORIGINS: 'tiles.example.com' }),
      /MAP_TILE_ORIGINS/,
    );
  });

  it('CORS_ORIGINS is validated at start', () => {
    const base = { SESSION_SECRET: 'test-secret-0123456789' };
    assert.deepEqual(loadConfig(base).corsOrigins, []);
    assert.deepEqual(
      loadConfig({ ...base, CORS_ORIGINS: 'https://a.example,https://b.example:8443' }).corsOrigins,
      ['https://a.example', 'https://b.example:8443'],
    );
    for (const bad of [
      '*',
      'crm.example.com',
      'https://crm.example.com/',
      'https://crm.example.com/path',
      'ftp://x.example',
    ]) {
      assert.throws(() => loadConfig({ ...base, CORS_ORIGINS: bad }), ConfigError, bad);
    }
  });
});
