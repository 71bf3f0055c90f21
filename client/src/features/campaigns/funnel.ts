import type { Channel } from '../../gql/graphql';

export interface FunnelCounts {
  recipients: number;
  sent: number;
  delivered: number;
  read: number;
  clicked: number;
  converted: number;
}

export interface FunnelStep {
  key: keyof FunnelCounts;
  label: string;
  count: number;
  /** Share of the recipients, 0–1; null when there are none. */
  ofRecipients: number | null;
  /** Share of the step before, 0–1 (above 1 when more people clicked than were reported delivered); null for the first step or after an empty one. */
  ofPrevious: number | null;
}

const LABELS: Record<keyof FunnelCounts, string> = {
  recipients: 'Recipients',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  clicked: 'Clicked',
  converted: 'Converted',
};

/** Recipients → Sent → Delivered → (Read: only WhatsApp reports reads) → Clicked → Converted. */
export function funnelSteps(counts: FunnelCounts, channel: Channel): FunnelStep[] {
  const keys: (keyof FunnelCounts)[] = ['recipients', 'sent', 'delivered'];
  if (channel === 'WHATSAPP') keys.push('read');
  keys.push('clicked', 'converted');
  return keys.map((key, i) => {
    const count = counts[key];
    const previous = i > 0 ? counts[keys[i - 1]!] : 0;
    return {
      key,
      label: LABELS[key],
      count,
      ofRecipients: counts.recipients > 0 ? count / counts.recipients : null,
      ofPrevious: i > 0 && previous > 0 ? count / previous : null,
    };
  });
}

/** A share as a percentage: whole numbers, one decimal below 10 % so small rates do not read as 0. */
export function formatShare(share: number | null): string {
  if (share === null) return '—';
  const p = share * 100;
  if (p === 0) return '0%';
  if (p < 0.1) return '<0.1%';
  return `${p < 10 ? p.toFixed(1).replace(/\.0$/, '') : Math.round(p)}%`;
}

/** Seconds as the two largest units a person reads at a glance: "45 s", "12 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** A value in the campaign's currency; a code the browser does not know is shown after the number. */
export function formatMoney(value: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    } catch {
      return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value)} ${currency}`;
    }
    moneyFormats.set(currency, format);
  }
  return format.format(value);
}
