/**
 * The server's input rules, checked before sending so a form shows every problem at once (the server
 * stops at the first). The server still decides: its field errors land on the same fields.
 */
export type Validator = (value: string) => string | null;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE_RE = /^[A-Za-z0-9]{4,12}$/;

export const required =
  (label: string): Validator =>
  (value) =>
    value.trim() ? null : `${label} is required`;

export const email: Validator = (value) =>
  !value.trim() ? 'Email is required' : EMAIL_RE.test(value.trim()) ? null : 'Enter a valid email address';

export const newPassword: Validator = (value) =>
  value.length < 8
    ? 'Password must be at least 8 characters'
    : value.length > 200
      ? 'Password must be at most 200 characters'
      : null;

export const destinationUrl: Validator = (value) => {
  const url = value.trim();
  if (!url) return 'Destination URL is required';
  if (url.length > 2048) return 'Destination URL must be at most 2,048 characters';
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return 'Destination URL must not contain spaces';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full URL, e.g. https://example.com/page';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return 'Only http:// and https:// destinations are allowed';
  if (!/^https?:\/\//i.test(url) || !parsed.hostname)
    return 'Enter a full URL, e.g. https://example.com/page';
  return parsed.username || parsed.password
    ? 'Destination URL must not contain a user name or password'
    : null;
};

/** Control characters and the invisible text-direction marks the server refuses in names. */
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A name or description: trimmed, at most `max` characters (code points), no control characters. */
export const text =
  (label: string, max: number, options: { required?: boolean } = {}): Validator =>
  (value) => {
    const trimmed = value.trim();
    if (!trimmed) return options.required ? `${label} is required` : null;
    if (UNSAFE_TEXT.test(trimmed)) return `${label} must not contain control or text-direction characters`;
    return [...trimmed].length > max ? `${label} must be at most ${max} characters` : null;
  };

/** A destination that may be left blank (a campaign's default). */
export const optionalDestinationUrl: Validator = (value) => (value.trim() ? destinationUrl(value) : null);

/** ISO 4217, as the server checks it; blank means the default (USD). */
export const currency: Validator = (value) => {
  const code = value.trim().toUpperCase();
  if (!code) return null;
  if (!/^[A-Z]{3}$/.test(code)) return 'Currency must be a three-letter ISO 4217 code, e.g. USD';
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : null;
  return !known || known.includes(code) ? null : `${code} is not an ISO 4217 currency code`;
};

/**
 * A webhook endpoint. Whether plain http and private addresses are allowed is the server's setting:
 * those it still judges, and its answer lands on the same field.
 */
export const webhookUrl: Validator = (value) => {
  const raw = value.trim();
  if (!raw) return 'The URL is required';
  if (raw.length > 2048) return 'The URL must be at most 2048 characters';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full URL, e.g. https://crm.example.com/hooks';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must use https';
  if (url.username || url.password) return 'The URL must not contain credentials';
  return url.hostname ? null : 'The URL must name a host';
};

export const customCode: Validator = (value) =>
  !value.trim() || CODE_RE.test(value.trim())
    ? null
    : 'Custom code must be 4–12 letters (A–Z, a–z) or digits (0–9)';

/** Every rule's message by field; an empty object when all pass. */
export function validateAll<F extends string>(
  values: Record<F, string>,
  rules: Partial<Record<F, Validator>>,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const field of Object.keys(rules) as F[]) {
    const message = rules[field]!(values[field] ?? '');
    if (message) errors[field] = message;
  }
  return errors;
}

/** Moves focus to the first field marked invalid once React has drawn the errors. */
export function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
