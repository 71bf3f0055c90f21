import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUserAgent } from '../../src/clicks/classify';
import { VisitorKeys } from '../../src/clicks/visitor';
import { BOT_AGENTS, PEOPLE } from '../fixtures/user-agents';

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
