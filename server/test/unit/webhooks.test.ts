import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { blockedAddressReason } from '../../src/webhooks/address-guard';
import { generateWebhookSecret, SecretBox, signWebhook } from '../../src/webhooks/webhook-secret';
import { webhookUrlProblem } from '../../src/webhooks/webhook-url';

describe('webhook signatures', () => {
  it('are byte-for-byte those of the standardwebhooks library', () => {
    for (let i = 0; i < 50; i++) {
      const secret = generateWebhookSecret();
      const id = `msg_${i}`;
      const seconds = 1_760_000_000 + i * 7919;
      const body = JSON.stringify({ type: 'click.recorded', data: { n: i, text: 'héllo "ü" \u2028 😀' } });
      assert.equal(
        signWebhook(secret, id, seconds, body),
        new Webhook(secret).sign(id, new Date(seconds * 1000), body),
      );
    }
  });

  it('new secrets are "whsec_" + base64 of 32 random bytes, all different', () => {
    const secrets = new Set(Array.from({ length: 100 }, generateWebhookSecret));
    assert.equal(secrets.size, 100);
    for (const secret of secrets) {
      assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
      assert.equal(Buffer.from(secret.slice(6), 'base64').length, 32);
    }
  });

  it('secrets are sealed at rest and open only with the same SESSION_SECRET', () => {
    const box = new SecretBox('a-session-secret-0123456789');
    const secret = generateWebhookSecret();
    const sealed = box.seal(secret);
    assert.ok(!sealed.includes(secret.slice(6)));
    assert.notEqual(box.seal(secret), sealed, 'a fresh nonce each time');
    assert.equal(box.open(sealed), secret);
    assert.equal(new SecretBox('another-session-secret-0123').open(sealed), null);
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAA=') ? 'BBB=' : 'AAA=');
    assert.equal(box.open(tampered), null);
    assert.equal(box.open('garbage'), null);
  });
});

describe('webhook address guard', () => {
  const blocked: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['::1', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['64:ff9b::7f00:1', /loopback/],
    ['10.0.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.10', /private/],
    ['fd12:3456::1', /private/],
    ['169.254.169.254', /metadata/],
    ['fd00:ec2::254', /metadata/],
    ['169.254.1.1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['100.64.0.1', /CGNAT/],
    ['100.127.255.255', /CGNAT/],
    ['224.0.0.251', /multicast/],
    ['ff02::1', /multicast/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['255.255.255.255', /reserved/],
  ];
  for (const [address, why] of blocked) {
    it(`blocks ${address}`, () => assert.match(blockedAddressReason(address) ?? '', why));
  }
  for (const address of [
    '93.184.215.14',
    '8.8.8.8',
    '100.128.0.1',
    '172.32.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
  ]) {
    it(`allows ${address}`, () => assert.equal(blockedAddressReason(address), null));
  }

  it('URL rules: https only, no credentials, no local names or blocked literals; private mode relaxes', () => {
    assert.equal(webhookUrlProblem('https://hooks.example.com/x', false), null);
    assert.match(webhookUrlProblem('http://hooks.example.com/x', false)!, /https/);
    assert.equal(webhookUrlProblem('http://127.0.0.1:9000/x', true), null);
    assert.equal(webhookUrlProblem('http://localhost:9000/x', true), null);
    assert.match(webhookUrlProblem('ftp://127.0.0.1/', true)!, /https or http/);
    assert.match(webhookUrlProblem('https://token@hooks.example.com/', true)!, /credentials/);
    assert.match(webhookUrlProblem('https://[::1]/', false)!, /loopback/);
    assert.match(webhookUrlProblem('https://0x7f.1/', false)!, /loopback/);
    assert.match(webhookUrlProblem('https://LOCALHOST/', false)!, /localhost/);
    assert.match(webhookUrlProblem(`https://a.example/${'x'.repeat(2040)}`, false)!, /2048/);
    assert.match(webhookUrlProblem('   ', false)!, /required/);
  });
});
