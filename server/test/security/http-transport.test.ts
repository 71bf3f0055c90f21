import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { before, describe, it } from 'node:test';
import { createLink, signUp } from '../utils/graphql';
import { startTestServer, useTestServer } from '../utils/fixtures';

/** Sends raw bytes and resolves with everything the server answered before closing. */
function rawRequest(url: string, text: string): Promise<string> {
  const { hostname: host, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), host, () => socket.write(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('absolute-form request lines', () => {
  const server = useTestServer();
  let code: string;
  before(async () => {
    const user = await signUp(server.url);
    ({ code } = await createLink(user, { destinationUrl: 'https://example.com/landing' }));
  });

  const get = (target: string) =>
    rawRequest(server.url, `GET ${target} HTTP/1.1\r\nHost: sl.test\r\nConnection: close\r\n\r\n`);

  it('redirect like the origin form when the host is ours', async () => {
    const { port } = new URL(server.url);
    for (const target of [
      `http://sl.test/${code}`,
      `HTTP://SL.TEST/${code}`,
      `https://sl.test/${code}`,
      `http://127.0.0.1:${port}/${code}`,
      `http://[::ffff:127.0.0.1]:${port}/${code}`,
    ]) {
      const answer = await get(target);
      assert.match(answer, /^HTTP\/1\.1 302 /, target);
      assert.match(answer, /\r\nLocation: https:\/\/example\.com\/landing\r\n/, target);
    }
    const withQuery = await get(`http://sl.test/${code}?utm_source=proxy`);
    assert.match(withQuery, /\r\nLocation: https:\/\/example\.com\/landing\?utm_source=proxy\r\n/);
  });

  it('are not redirected for a host we do not answer on', async () => {
    for (const target of [`http://other.example/${code}`, `http://user@sl.test/${code}`]) {
      const answer = await get(target);
      assert.match(answer, /^HTTP\/1\.1 404 /, target);
      assert.doesNotMatch(answer, /\r\nLocation: /i, target);
    }
  });
});

describe('timeouts a load balancer in front expects', () => {
  const server = useTestServer();

  it('keep idle connections 65 s and wait for headers longer still', () => {
    assert.equal(server.app.server.keepAliveTimeout, 65_000);
    assert.ok(server.app.server.headersTimeout > server.app.server.keepAliveTimeout);
    assert.ok(server.app.server.requestTimeout >= server.app.server.headersTimeout);
  });

  it('a keep-alive connection idle for longer than Node’s old 5 s default is still open', async () => {
    const { hostname: host, port } = new URL(server.url);
    const socket = connect(Number(port), host);
    socket.setEncoding('latin1');
    let received = '';
    let closed = false;
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => (closed = true));
    const answered = async (count: number) => {
      for (let i = 0; i < 200 && (received.match(/HTTP\/1\.1 200/g) ?? []).length < count; i++)
        await new Promise((resolve) => setTimeout(resolve, 25));
    };
    const request = 'GET /healthz HTTP/1.1\r\nHost: sl.test\r\n\r\n';
    socket.write(request);
    await answered(1);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    assert.equal(closed, false, 'the server closed the idle connection');
    socket.write(request);
    await answered(2);
    socket.destroy();
    assert.equal((received.match(/HTTP\/1\.1 200/g) ?? []).length, 2, received);
  });

  it('KEEP_ALIVE_TIMEOUT sets it in seconds', async () => {
    const other = await startTestServer({ KEEP_ALIVE_TIMEOUT: '620' }, { database: server.db });
    try {
      assert.equal(other.app.server.keepAliveTimeout, 620_000);
      assert.equal(other.app.server.headersTimeout, 621_000);
    } finally {
      await other.close();
    }
  });
});
