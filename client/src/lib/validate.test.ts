import { describe, expect, it } from 'vitest';
import { customCode, destinationUrl, email, newPassword, required, validateAll } from './validate';

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
