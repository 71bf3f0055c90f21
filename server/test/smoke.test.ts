import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signUp } from './utils/graphql';
import { useTestServer } from './utils/fixtures';

describe('smoke: create a link, follow it, see the click', () => {
  const server = useTestServer();

  it('redirects and counts the click', async () => {
    const client = await signUp(server.url);
    const { createLink } = await client.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/x" }) { id code } }`,
    );
    const res = await fetch(`${server.url}/${createLink.code}`, {
      redirect: 'manual',
      headers: {
        'user-agent':
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
      },
    });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), 'https://example.com/x');
    await server.app.writer.drain();
    const { link } = await client.ok(`query($id: ID!) { link(id: $id) { clickCount } }`, {
      id: createLink.id,
    });
    assert.equal(link.clickCount, 1);
  });
});
