import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/** The focused element's accessible-ish name: aria-label, else its text, else its name attribute. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
      el.textContent;
    return (name ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Fails unless the focus is visible: an outline or a ring on the focused element, or on the element
 * that draws it (a switch's track beside its hidden checkbox, a search box around its input).
 */
export async function assertFocusVisible(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing has the focus';
    const shows = (node: Element | null) => {
      if (!node) return false;
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
    };
    return shows(el) || shows(el.nextElementSibling) || shows(el.parentElement)
      ? null
      : `no visible focus on ${el.outerHTML.slice(0, 100)}`;
  });
  assert.equal(found, null);
}

/** Presses Tab `count` times from where the focus is, and returns the names focused in turn. */
export async function tabOrder(page: Page, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    await assertFocusVisible(page);
    names.push(await focusedName(page));
  }
  return names;
}

/**
 * Fails unless Tab and Shift+Tab stay inside the open dialog: forward from the last control wraps to
 * the first, backward from the first wraps to the last. Every stop shows its focus.
 */
export async function assertFocusTrapped(page: Page, dialog: Locator): Promise<void> {
  const stops = await dialog.evaluate((root) => {
    const focusable = root.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
    );
    // Radio buttons of one group are a single Tab stop.
    const seen = new Set<string>();
    return [...focusable].filter((el) => {
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seen.has(el.name)) return false;
        seen.add(el.name);
      }
      return el.getClientRects().length > 0;
    }).length;
  });
  assert.ok(stops > 0, 'the dialog has controls');
  const inside = () => dialog.evaluate((root) => root.contains(document.activeElement));
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await inside(), `Tab ${i + 1} of ${stops + 1} left the dialog`);
    await assertFocusVisible(page);
  }
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.ok(await inside(), `Shift+Tab ${i + 1} of ${stops + 1} left the dialog`);
  }
}

/** Closes the dialog with Escape and fails unless the focus went back to `opener`. */
export async function assertEscapeReturnsFocus(page: Page, dialog: Locator, opener: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(
    await opener.evaluate((el) => el === document.activeElement),
    `focus returned to ${await focusedName(page)} instead of the dialog's opener`,
  );
  await assertFocusVisible(page);
}
