import { describe, expect, it } from 'vitest';
import { formatDuration, formatMoney, formatShare, funnelSteps } from './funnel';

const COUNTS = { recipients: 200, sent: 180, delivered: 150, read: 90, clicked: 45, converted: 9 };

describe('funnelSteps', () => {
  it('has Read only for WhatsApp, with shares of the recipients and of the step before', () => {
    const whatsapp = funnelSteps(COUNTS, 'WHATSAPP');
    expect(whatsapp.map((s) => s.label)).toEqual([
      'Recipients',
      'Sent',
      'Delivered',
      'Read',
      'Clicked',
      'Converted',
    ]);
    expect(whatsapp.map((s) => [s.count, s.ofRecipients, s.ofPrevious])).toEqual([
      [200, 1, null],
      [180, 0.9, 0.9],
      [150, 0.75, 150 / 180],
      [90, 0.45, 0.6],
      [45, 0.225, 0.5],
      [9, 0.045, 0.2],
    ]);
    const sms = funnelSteps(COUNTS, 'SMS');
    expect(sms.map((s) => s.key)).toEqual(['recipients', 'sent', 'delivered', 'clicked', 'converted']);
    expect(sms[3]!.ofPrevious).toBe(45 / 150);
  });

  it('gives no share after an empty step or without recipients, rather than 0 %', () => {
    const noReport = funnelSteps({ ...COUNTS, sent: 0, delivered: 0, read: 0 }, 'EMAIL');
    expect(noReport[3]!.ofPrevious).toBeNull();
    expect(noReport[2]!.ofPrevious).toBeNull();
    const empty = funnelSteps(
      { recipients: 0, sent: 0, delivered: 0, read: 0, clicked: 0, converted: 0 },
      'OTHER',
    );
    expect(empty.every((s) => s.ofRecipients === null)).toBe(true);
  });
});

describe('formatting', () => {
  it('shares', () => {
    expect([null, 0, 0.0004, 0.045, 0.05, 0.225, 1, 1.25].map(formatShare)).toEqual([
      '—',
      '0%',
      '<0.1%',
      '4.5%',
      '5%',
      '23%',
      '100%',
      '125%',
    ]);
  });
  it('durations', () => {
    expect([12.4, 60, 754, 3600, 7500, 86_400, 273_600].map(formatDuration)).toEqual([
      '12 s',
      '1 min',
      '12 min',
      '1 h',
      '2 h 5 min',
      '1 d',
      '3 d 4 h',
    ]);
  });
  it('money in the campaign currency, and an unknown code after the number', () => {
    expect(formatMoney(1234.5, 'USD')).toMatch(/1,234\.50/);
    expect(formatMoney(1234.5, 'EUR')).toMatch(/€/);
    expect(formatMoney(12, 'XQZ1')).toBe('12 XQZ1');
  });
});
