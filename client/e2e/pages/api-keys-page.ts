import type { Page } from 'playwright-core';

export class ApiKeysPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'API keys' }).click();
    await this.page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
  }

  /** Creates a key and returns the secret shown once. */
  async create(name: string): Promise<string> {
    await this.page.getByRole('button', { name: 'New API key' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secret = (await this.page.getByTestId('api-key-secret').textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Copy API key' }).click();
    await dialog.getByText('Copied').first().waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    return secret;
  }

  row(name: string) {
    return this.page.getByTestId('api-key-row').filter({ hasText: name });
  }

  async revoke(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: /Revoke/ })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
