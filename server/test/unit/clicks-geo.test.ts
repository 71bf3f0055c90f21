import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymiseIp, locate, normaliseIp } from '../../src/clicks/geo';
import { NEWMARKET_GB } from '../fixtures/ips';

describe('anonymiseIp', () => {
  const cases: [string, string][] = [
    ['81.2.69.160', '81.2.69.0/24'],
    ['10.0.0.255', '10.0.0.0/24'],
    ['2001:4860:4860::8888', '2001:4860:4860::/48'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['::ffff:192.0.2.128', '0:0:0::/48'],
  ];
  for (const [ip, prefix] of cases) {
    it(`${ip} → ${prefix}`, () => {
      assert.equal(anonymiseIp(ip), prefix);
      assert.ok(!anonymiseIp(ip)!.includes(ip) || ip === prefix);
    });
  }
  it('no address, no prefix', () => {
    assert.equal(anonymiseIp(null), null);
    assert.equal(anonymiseIp('garbage'), null);
  });
  it('an IPv4 client on a dual-stack socket is IPv4', () => {
    assert.equal(normaliseIp('::ffff:81.2.69.160'), '81.2.69.160');
    assert.equal(anonymiseIp(normaliseIp('::ffff:81.2.69.160')), '81.2.69.0/24');
    assert.equal(normaliseIp('not an ip'), null);
    assert.equal(normaliseIp(undefined), null);
  });
});

describe('locate (geoip-lite)', () => {
  it('81.2.69.160 → GB / ENG / Newmarket with coordinates', () => {
    const geo = locate(NEWMARKET_GB.ip);
    assert.equal(geo.country, 'GB');
    assert.equal(geo.region, 'ENG');
    assert.equal(geo.city, 'Newmarket');
    assert.equal(typeof geo.latitude, 'number');
    assert.equal(typeof geo.longitude, 'number');
  });
  it('private, loopback and missing addresses locate nowhere; empty strings become nulls', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '::1', null]) {
      assert.deepEqual(locate(ip), {
        country: null,
        region: null,
        city: null,
        latitude: null,
        longitude: null,
      });
    }
    const countryOnly = locate('8.8.8.8');
    assert.equal(countryOnly.country, 'US');
    assert.equal(countryOnly.city, null);
    assert.equal(countryOnly.region, null);
  });
});
