import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUserAgent } from '../../src/clicks/classify';
import { anonymiseIp, locate, normaliseIp } from '../../src/clicks/geo';
import { forwardQuery } from '../../src/clicks/redirect.route';
import { VisitorKeys } from '../../src/clicks/visitor';
import { generateCode, validateCustomCode, validateDestinationUrl } from '../../src/links/link.rules';
import { NEWMARKET_GB } from '../fixtures/ips';
import { BOT_AGENTS, PEOPLE } from '../fixtures/user-agents';

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

describe('forwardQuery', () => {
  const cases: [string, string, string][] = [
    ['https://e.com/a', '', 'https://e.com/a'],
    ['https://e.com/a', 'utm_source=x', 'https://e.com/a?utm_source=x'],
    ['https://e.com/a?b=1', 'c=2', 'https://e.com/a?b=1&c=2'],
    ['https://e.com/a?b=1&c=1', 'c=2', 'https://e.com/a?b=1&c=2'],
    ['https://e.com/a?c=1&c=3', 'c=2', 'https://e.com/a?c=2'],
    ['https://e.com/a?b=1#frag', 'c=2', 'https://e.com/a?b=1&c=2#frag'],
    ['https://e.com/a#frag?not=query', 'c=2', 'https://e.com/a?c=2#frag?not=query'],
    ['https://e.com/a?x=a%20b', 'y=c+d', 'https://e.com/a?x=a%20b&y=c+d'],
    ['https://e.com/a?utm%5Fsource=old', 'utm_source=new', 'https://e.com/a?utm_source=new'],
    ['https://e.com/a?flag', 'flag=1', 'https://e.com/a?flag=1'],
    ['https://e.com/a?', 'x=1', 'https://e.com/a?x=1'],
    ['https://e.com/a', '&&', 'https://e.com/a'],
    ['https://e.com/a', 'bad=%zz', 'https://e.com/a?bad=%zz'],
    ['https://e.com/a', 'q=a b"<', 'https://e.com/a?q=a%20b%22%3C'],
  ];
  for (const [destination, query, expected] of cases) {
    it(`${destination} + ?${query} → ${expected}`, () =>
      assert.equal(forwardQuery(destination, query), expected));
  }
});

describe('parseUserAgent', () => {
  for (const bot of BOT_AGENTS) {
    it(`${bot.name} is the bot "${bot.botAgent}"`, () =>
      assert.equal(parseUserAgent(bot.ua).botAgent, bot.botAgent));
  }
  for (const person of PEOPLE) {
    it(`${person.name} is a person: ${person.browser} ${person.version ?? ''} / ${person.os} / ${person.platform}`, () => {
      const ua = parseUserAgent(person.ua);
      assert.deepEqual(ua, {
        browser: person.browser,
        browserVersion: person.version,
        os: person.os,
        platform: person.platform,
        botAgent: null,
      });
    });
  }
  it('undefined and whitespace-only agents are bots', () => {
    assert.equal(parseUserAgent(undefined).botAgent, 'Empty user agent');
    assert.equal(parseUserAgent('   ').botAgent, 'Empty user agent');
  });
  it('an agent isbot knows but no family names is "Other bot", and unparsed fields are Unknown', () => {
    assert.deepEqual(parseUserAgent('SomethingNew/1.0'), {
      browser: 'Unknown',
      browserVersion: null,
      os: 'Unknown',
      platform: 'other',
      botAgent: 'Other bot',
    });
  });
});

describe('VisitorKeys', () => {
  it('keyed: the same IP and agent give different keys under different secrets', () => {
    const a = new VisitorKeys('secret-one-0123456789');
    const b = new VisitorKeys('secret-two-0123456789');
    assert.equal(a.fromAddress('81.2.69.160', 'UA'), a.fromAddress('81.2.69.160', 'UA'));
    assert.notEqual(a.fromAddress('81.2.69.160', 'UA'), b.fromAddress('81.2.69.160', 'UA'));
    assert.notEqual(a.fromAddress('81.2.69.160', 'UA'), a.fromAddress('81.2.69.161', 'UA'));
    assert.notEqual(a.fromAddress('81.2.69.160', 'UA'), a.fromAddress('81.2.69.160', 'UA2'));
    assert.notEqual(a.fromCookie('x'), a.fromAddress('x', ''));
    assert.match(a.fromCookie('abc'), /^[0-9a-f]{32}$/);
  });
});

describe('link rules', () => {
  it('generateCode: 7 characters of [A-Za-z0-9], uniformly spread', () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    for (const code of codes) assert.match(code, /^[A-Za-z0-9]{7}$/);
    assert.equal(new Set(codes).size, codes.length);
    const counts = new Map<string, number>();
    for (const ch of codes.join('')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    assert.equal(counts.size, 62, 'every character appears');
    // 14,000 characters over 62: about 226 each; a biased generator would stray far.
    for (const n of counts.values()) assert.ok(n > 120 && n < 340, `count ${n}`);
  });
  it('validateCustomCode: format before reservation, blank means generate', () => {
    assert.equal(validateCustomCode(null), null);
    assert.equal(validateCustomCode('  '), null);
    assert.equal(validateCustomCode(' Abc1 '), 'Abc1');
    assert.throws(
      () => validateCustomCode('api'),
      (e: any) => e.extensions.code === 'BAD_USER_INPUT',
    );
    assert.throws(
      () => validateCustomCode('GraphQL'),
      (e: any) => e.extensions.code === 'CODE_RESERVED',
    );
  });
  it('validateDestinationUrl: the short domain is rejected over either scheme, other ports are other services', () => {
    const base = 'http://localhost:4000';
    assert.throws(() => validateDestinationUrl('https://localhost:4000/x', base));
    assert.throws(() => validateDestinationUrl('http://LOCALHOST:4000/x', base));
    assert.equal(validateDestinationUrl('http://localhost:3000/x', base), 'http://localhost:3000/x');
    assert.throws(() => validateDestinationUrl('https://sl.example/x', 'https://sl.example'));
    assert.throws(() => validateDestinationUrl('http://sl.example/x', 'https://sl.example'));
    assert.equal(
      validateDestinationUrl('https://www.sl.example/x', 'https://sl.example'),
      'https://www.sl.example/x',
    );
  });
});
