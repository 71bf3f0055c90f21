import { describe, expect, it } from 'vitest';
import { chatAppName, platformName } from './display-names';

describe('display names', () => {
  it('capitalises the platforms and keeps other names', () => {
    expect(['desktop', 'mobile', 'tablet', 'other', 'Unknown'].map(platformName)).toEqual([
      'Desktop',
      'Mobile',
      'Tablet',
      'Other',
      'Unknown',
    ]);
  });
  it('names the chat app of a preview fetcher', () => {
    expect(chatAppName('WhatsApp preview')).toBe('WhatsApp');
    expect(chatAppName('Microsoft Teams preview')).toBe('Microsoft Teams');
  });
});
