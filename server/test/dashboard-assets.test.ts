import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { loadConfig } from '../src/config';
import { mountDashboard, mountFallbacks } from '../src/http/site';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http rather than fetch: fetch would decode the body and hide which encoding was sent. */
function get(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseUrl), { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('dashboard assets: precompressed, cached by content hash', () => {
  const dist = mkdtempSync(join(tmpdir(), 'smart-links-dist-'));
  // Big enough that each encoding differs clearly in size from the others.
  const script = Buffer.from(
    Array.from({ length: 400 }, (_, i) => `export const value${i} = "row ${i % 7}";`).join('\n'),
  );
  const brotli = brotliCompressSync(script);
  const gzip = gzipSync(script);
  const page =
    '<!doctype html><title>Smart Links</title><script type="module" src="/app/assets/index-Ab12Cd34.js"></script>';
  let server: Server;
  let baseUrl = '';

  before(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), page);
    writeFileSync(join(dist, 'assets/index-Ab12Cd34.js'), script);
    writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.br'), brotli);
    writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.gz'), gzip);
    // Too small to be worth compressing: the build leaves it plain.
    writeFileSync(join(dist, 'assets/runtime-Ef56Gh78.js'), 'export {};');
    const app = express();
    app.disable('x-powered-by');
    mountDashboard(app, loadConfig({ NODE_ENV: 'test', DATA_DIR: dist }), dist);
    mountFallbacks(app, '<!doctype html><title>Not found</title>');
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends brotli to a browser that accepts it, with a year of immutable caching', async () => {
    const res = await get(baseUrl, '/app/assets/index-Ab12Cd34.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.match(res.headers['content-type'] ?? '', /^(text|application)\/javascript/);
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(res.headers['cache-control'], IMMUTABLE);
    assert.equal(Number(res.headers['content-length']), brotli.length);
    assert.ok(brotli.length < script.length / 3, 'the brotli copy is what is sent');
    assert.deepEqual(brotliDecompressSync(res.body), script);
    // The dashboard's security headers stay on every response under /app.
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('sends gzip when brotli is not accepted, or refused with q=0', async () => {
    for (const acceptEncoding of ['gzip, deflate', 'br;q=0, gzip']) {
      const res = await get(baseUrl, '/app/assets/index-Ab12Cd34.js', { 'accept-encoding': acceptEncoding });
      assert.equal(res.headers['content-encoding'], 'gzip', acceptEncoding);
      assert.equal(res.headers.vary, 'Accept-Encoding');
      assert.equal(res.headers['cache-control'], IMMUTABLE);
      assert.deepEqual(gunzipSync(res.body), script);
    }
  });

  it('sends the plain file without Accept-Encoding or with identity, still varying on it', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await get(baseUrl, '/app/assets/index-Ab12Cd34.js', headers);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], undefined);
      assert.equal(res.headers.vary, 'Accept-Encoding');
      assert.equal(res.headers['cache-control'], IMMUTABLE);
      assert.deepEqual(res.body, script);
    }
    const small = await get(baseUrl, '/app/assets/runtime-Ef56Gh78.js', { 'accept-encoding': 'br, gzip' });
    assert.equal(small.status, 200);
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(small.body.toString(), 'export {};');
    assert.equal(small.headers['cache-control'], IMMUTABLE);
  });

  it('answers 304 to a revalidation, with an ETag per encoding so caches never mix them', async () => {
    const path = '/app/assets/index-Ab12Cd34.js';
    const br = await get(baseUrl, path, { 'accept-encoding': 'br' });
    const gz = await get(baseUrl, path, { 'accept-encoding': 'gzip' });
    const plain = await get(baseUrl, path);
    const etags = [br, gz, plain].map((r) => r.headers.etag);
    assert.ok(etags.every(Boolean));
    assert.equal(new Set(etags).size, 3, `one ETag per encoding: ${etags.join(' ')}`);

    const again = await get(baseUrl, path, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.vary, 'Accept-Encoding');
    assert.equal(again.headers['cache-control'], IMMUTABLE);

    // The gzip copy's ETag does not validate the brotli copy.
    const other = await get(baseUrl, path, {
      'accept-encoding': 'br',
      'if-none-match': String(gz.headers.etag),
    });
    assert.equal(other.status, 200);
    assert.equal(other.headers['content-encoding'], 'br');
  });

  it('serves the page itself with no-cache at /app/, any screen path, and index.html', async () => {
    for (const path of ['/app/', '/app/links/123', '/app/campaigns?page=2', '/app/index.html']) {
      const res = await get(baseUrl, path, { 'accept-encoding': 'br, gzip' });
      assert.equal(res.status, 200, path);
      assert.match(res.headers['content-type'] ?? '', /^text\/html/, path);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
      assert.equal(res.body.toString(), page, path);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, path);
    }
    const bare = await get(baseUrl, '/app');
    assert.equal(bare.status, 301);
    assert.equal(bare.headers.location, '/app/');
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const res = await get(baseUrl, '/app/assets/index-Old00000.js', { 'accept-encoding': 'br, gzip' });
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.headers['cache-control'] ?? '', /immutable/);
  });
});
