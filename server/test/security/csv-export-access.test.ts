import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { type GraphQLClient, signUp } from '../utils/graphql';
import { useTestServer } from '../utils/fixtures';

/** The CSV export is the one HTTP route beside GraphQL that takes an id: the matrix's rule applies to it. */
describe('CSV export access', () => {
  const server = useTestServer();
  let owner: Awaited<ReturnType<typeof signUp>>;
  let linkId: string;
  const csvUrl = (id: string) => `${server.url}/api/links/${id}/clicks.csv?range=LAST_7_DAYS`;

  before(async () => {
    owner = await signUp(server.url);
    const { createLink } = await owner.ok(
      `mutation { createLink(input: { destinationUrl: "https://tenant-a.example/secret" }) { id code } }`,
    );
    linkId = createLink.id;
    await fetch(`${server.url}/${createLink.code}`, { redirect: 'manual' });
    await server.app.writer.drain();
  });

  const key = async (client: GraphQLClient, scope: string) =>
    (
      await client.ok(
        `mutation($scope: ApiKeyScope!) { createApiKey(name: "csv", scope: $scope) { secret } }`,
        {
          scope,
        },
      )
    ).createApiKey.secret as string;

  it("another account's link answers exactly like a missing one", async () => {
    const other = await signUp(server.url);
    for (const headers of [
      { cookie: other.cookieHeader() } as Record<string, string>,
      { authorization: `Bearer ${await key(other, 'READ_WRITE')}` },
    ]) {
      const foreign = await fetch(csvUrl(linkId), { headers });
      const missing = await fetch(csvUrl(randomUUID()), { headers });
      assert.equal(foreign.status, 404);
      assert.equal(foreign.status, missing.status);
      const [foreignBody, missingBody] = [await foreign.text(), await missing.text()];
      assert.equal(foreignBody, missingBody);
      assert.doesNotMatch(foreignBody, /tenant-a/);
    }
  });

  it('is a read: a READ_ONLY key may export, an anonymous caller may not', async () => {
    const readOnly = await fetch(csvUrl(linkId), {
      headers: { authorization: `Bearer ${await key(owner, 'READ_ONLY')}` },
    });
    assert.equal(readOnly.status, 200);
    assert.match(await readOnly.text(), /^time,/);
    const anonymous = await fetch(csvUrl(linkId));
    assert.equal(anonymous.status, 401);
  });
});
