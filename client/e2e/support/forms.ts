import type { Locator } from 'playwright-core';

/** The error shown under a form control, tied to it through aria-invalid and aria-describedby. */
export async function fieldError(root: Locator, input: Locator): Promise<string | null> {
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? root.locator(`[id="${errorId}"]`).textContent() : null;
}
