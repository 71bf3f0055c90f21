import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../support/a11y.js';
import { assertEscapeReturnsFocus, assertFocusTrapped, focusedName } from '../support/keyboard.js';

export class ApiKeysPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'API keys' }).click();
    await this.page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    await assertAccessible(this.page, 'API keys');
  }

  /** Creates a key and returns the secret shown once. */
  /** Creates a key from the keyboard and returns the secret shown once. */
  async create(name: string): Promise<string> {
    const opener = this.page.getByRole('button', { name: 'New API key' });
    await opener.focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Name').waitFor();
    assert.equal(await focusedName(this.page), 'Name', 'the Name field has the focus');
    await assertAccessible(this.page, 'New API key dialog');
    await assertFocusTrapped(this.page, dialog);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secret = (await this.page.getByTestId('api-key-secret').textContent()) ?? '';
    assert.equal(await focusedName(this.page), 'Copy API key', 'the one thing to do next has the focus');
    await assertAccessible(this.page, 'new API key secret dialog');
    await assertFocusTrapped(this.page, dialog);
    await dialog.getByRole('button', { name: 'Copy API key' }).click();
    await dialog.getByText('Copied').first().waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await opener.evaluate((el) => el === document.activeElement), 'focus is back on New API key');
    return secret;
  }

  row(name: string) {
    return this.page.getByTestId('api-key-row').filter({ hasText: name });
  }

  /** Opens Revoke from the keyboard, backs out with Escape once, then revokes. */
  async revoke(name: string): Promise<void> {
    const opener = this.row(name).getByRole('button', { name: /Revoke/ });
    await opener.focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await focusedName(this.page), 'Cancel', 'the safe choice has the focus');
    await assertAccessible(this.page, 'revoke API key dialog');
    await assertFocusTrapped(this.page, dialog);
    await assertEscapeReturnsFocus(this.page, dialog, opener);
    await opener.click();
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
