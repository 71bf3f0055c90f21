import { describe, expect, it } from 'vitest';
import {
  currency,
  customCode,
  destinationUrl,
  email,
  newPassword,
  optionalDestinationUrl,
  required,
  text,
  validateAll,
  webhookUrl,
} from './validate';

describe('validateAll', () => {
  it('reports every failing field at once', () => {
    const errors = validateAll(
      { accountName: '', email: '', password: 'short' },
      { accountName: required('Account name'), email, password: newPassword },
    );
    expect(errors).toEqual({
      accountName: 'Account name is required',
      email: 'Email is required',
      password: 'Password must be at least 8 characters',
    });
  });
  it('passes good values', () => {
    expect(
      validateAll(
        { destinationUrl: 'https://example.com/a', customCode: 'spring26' },
        { destinationUrl, customCode },
      ),
    ).toEqual({});
  });
  it('refuses a URL without a scheme, another scheme and a bad code', () => {
    expect(destinationUrl('example.com')).toMatch(/full URL/);
    expect(destinationUrl('javascript:alert(1)')).toMatch(/http/);
    expect(customCode('a!')).toMatch(/4–12/);
    expect(customCode('')).toBeNull();
    expect(email('a@b')).toBe('Enter a valid email address');
  });
});

describe('the rules of campaigns, webhooks and API keys', () => {
  it('limits names in characters, not UTF-16 units, and refuses control characters', () => {
    const name = text('Name', 5, { required: true });
    expect(name('  ')).toBe('Name is required');
    expect(name('😀😀😀😀😀')).toBeNull();
    expect(name('abcdef')).toBe('Name must be at most 5 characters');
    expect(name('Safe\u202Egnp')).toMatch(/control or text-direction/);
    expect(text('The description', 5)('')).toBeNull();
  });
  it('checks a currency against ISO 4217 and lets a blank one default', () => {
    expect(currency('')).toBeNull();
    expect(currency('eur')).toBeNull();
    expect(currency('EU')).toMatch(/three-letter/);
    expect(currency('XYZ')).toBe('XYZ is not an ISO 4217 currency code');
  });
  it('allows a blank campaign destination but not a bad one', () => {
    expect(optionalDestinationUrl('')).toBeNull();
    expect(optionalDestinationUrl('ftp://example.com')).toMatch(/http/);
    expect(destinationUrl('https://user:pw@example.com/')).toMatch(/user name or password/);
    expect(destinationUrl('http:example.com')).toMatch(/full URL/);
  });
  it('refuses a webhook URL that is missing, relative, another scheme or with credentials', () => {
    expect(webhookUrl('')).toBe('The URL is required');
    expect(webhookUrl('/hooks')).toMatch(/full URL/);
    expect(webhookUrl('ftp://example.com/')).toBe('The URL must use https');
    expect(webhookUrl('https://a:b@example.com/')).toMatch(/credentials/);
    expect(webhookUrl(`https://example.com/${'a'.repeat(2048)}`)).toMatch(/2048/);
    expect(webhookUrl('https://crm.example.com/hooks')).toBeNull();
  });
});
