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
  if (/\s/.test(url)) return 'Destination URL must not contain spaces';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full URL, e.g. https://example.com/page';
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:'
    ? null
    : 'Only http:// and https:// destinations are allowed';
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
