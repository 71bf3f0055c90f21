import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MigrationInterface } from 'typeorm';
import { StripBidiControls1764510000000 } from '../../src/db/migrations/1764510000000-StripBidiControls';
import { StripCampaignNameBidiControls1765320000000 } from '../../src/db/migrations/1765320000000-StripCampaignNameBidiControls';
import { validateTitle } from '../../src/links/link.rules';
import { hasUnsafeCharacters } from '../../src/security/text';
import { sql } from '../utils/db';
import { useAccount, useTestServer } from '../utils/fixtures';
import { createApiKey, createLink, GraphQLClient, TEST_PASSWORD, uniqueEmail } from '../utils/graphql';

const BIDI_CONTROLS = [
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e], // embeddings, overrides, pop
  ...[0x2066, 0x2067, 0x2068, 0x2069], // isolates
  ...[0x200e, 0x200f, 0x061c], // marks
].map((code) => String.fromCodePoint(code));

describe('bidirectional controls are refused in text people read', () => {
  it('every one of them, alongside the other control characters', () => {
    for (const control of BIDI_CONTROLS) {
      const hex = control.codePointAt(0)!.toString(16);
      assert.equal(hasUnsafeCharacters(`Safe${control}gnp.exe`), true, hex);
      assert.throws(
        () => validateTitle(`Safe${control}gnp.exe`),
        (e: { extensions?: { code?: string; field?: string } }) =>
          e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'title',
        hex,
      );
    }
    assert.equal(hasUnsafeCharacters('tab\there'), true);
    // Right-to-left scripts themselves, emoji and their joiners stay welcome.
    for (const title of ['מבצע אביב', 'عرض الربيع 2026', 'Frühling ✨', '👩‍💻 launch', 'a\u200db'])
      assert.equal(validateTitle(title), title);
  });

  describe('through the API', () => {
    const server = useTestServer();
    const user = useAccount(server);
    /** Runs a data migration's `up` again, over rows written the old way. */
    const runUp = async (migration: MigrationInterface) => {
      const runner = server.db.dataSource.createQueryRunner();
      try {
        await migration.up(runner);
      } finally {
        await runner.release();
      }
    };

    it('link titles, on create and update', async () => {
      await user.fails(
        `mutation($input: CreateLinkInput!) { createLink(input: $input) { id } }`,
        { input: { destinationUrl: 'https://example.com/', title: 'Safe\u202egnp.exe' } },
        'BAD_USER_INPUT',
        'title',
      );
      const link = await createLink(user, { title: 'Spring sale' });
      await user.fails(
        `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id } }`,
        { id: link.id, input: { title: 'Spring\u2067 sale' } },
        'BAD_USER_INPUT',
        'title',
      );
    });

    it('campaign names, on create and update', async () => {
      await user.fails(
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
        { input: { name: 'Spring\u202egnp.exe' } },
        'BAD_USER_INPUT',
        'name',
      );
      const { createCampaign } = await user.ok<{ createCampaign: { id: string } }>(
        `mutation { createCampaign(input: { name: "Spring sale" }) { id } }`,
      );
      await user.fails(
        `mutation($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id } }`,
        { id: createCampaign.id, input: { name: '\u200fSpring sale' } },
        'BAD_USER_INPUT',
        'name',
      );
    });

    it('account names at sign-up and API key names', async () => {
      await new GraphQLClient(server.url).fails(
        `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
        { input: { email: uniqueEmail(), password: TEST_PASSWORD, accountName: 'Acme\u202e' } },
        'BAD_USER_INPUT',
        'accountName',
      );
      await user.fails(
        `mutation($name: String!) { createApiKey(name: $name) { secret } }`,
        { name: 'CRM\u200f sync' },
        'BAD_USER_INPUT',
        'name',
      );
    });

    it('titles and names stored before the rule lose their controls (migration StripBidiControls)', async () => {
      const spoofed = await createLink(user, { title: 'Invoice' });
      const onlyControls = await createLink(user, { title: 'Empty' });
      const key = await createApiKey(user, 'CRM');
      await sql(server, `UPDATE links SET title = $1 WHERE id = $2`, ['Invoice \u202egnp.exe', spoofed.id]);
      await sql(server, `UPDATE links SET title = $1 WHERE id = $2`, ['\u202e\u2066', onlyControls.id]);
      await sql(server, `UPDATE api_keys SET name = $1 WHERE id = $2`, ['\u200fCRM\u061c sync', key.id]);
      await sql(server, `UPDATE accounts SET name = $1 WHERE id = $2`, ['\u202e', user.accountId]);
      await runUp(new StripBidiControls1764510000000());
      const [link] = await sql(server, `SELECT title FROM links WHERE id = $1`, [spoofed.id]);
      assert.equal(link!.title, 'Invoice gnp.exe');
      const [empty] = await sql(server, `SELECT title FROM links WHERE id = $1`, [onlyControls.id]);
      assert.equal(empty!.title, null);
      const [apiKey] = await sql(server, `SELECT name FROM api_keys WHERE id = $1`, [key.id]);
      assert.equal(apiKey!.name, 'CRM sync');
      const [account] = await sql(server, `SELECT name FROM accounts WHERE id = $1`, [user.accountId]);
      assert.equal(account!.name, '\u202e', 'a name is never left empty');
      await sql(server, `UPDATE accounts SET name = 'Acme' WHERE id = $1`, [user.accountId]);
    });

    it('campaign names stored before the rule lose their controls (migration StripCampaignNameBidiControls)', async () => {
      const create = `mutation($name: String!) { createCampaign(input: { name: $name }) { id } }`;
      const spoofed = (await user.ok<{ createCampaign: { id: string } }>(create, { name: 'Spring' }))
        .createCampaign;
      const only = (await user.ok<{ createCampaign: { id: string } }>(create, { name: 'Empty' }))
        .createCampaign;
      await sql(server, `UPDATE campaigns SET name = $1 WHERE id = $2`, ['Spring \u202egnp.exe', spoofed.id]);
      await sql(server, `UPDATE campaigns SET name = $1 WHERE id = $2`, ['\u2066\u2069', only.id]);
      await runUp(new StripCampaignNameBidiControls1765320000000());
      const names = await sql(server, `SELECT id, name FROM campaigns WHERE id = ANY($1::uuid[])`, [
        [spoofed.id, only.id],
      ]);
      const byId = new Map(names.map((r) => [r.id, r.name]));
      assert.equal(byId.get(spoofed.id), 'Spring gnp.exe');
      assert.equal(byId.get(only.id), '\u2066\u2069', 'a name is never left empty');
    });
  });
});
