import type { Page } from 'playwright-core';

export class WebhooksPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Webhooks' }).click();
    await this.page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async openCreateDialog(): Promise<void> {
    await this.page.getByRole('button', { name: 'New webhook' }).click();
    await this.dialog().getByLabel('Endpoint URL').waitFor();
  }

  async submitCreate(url: string): Promise<void> {
    await this.dialog().getByLabel('Endpoint URL').fill(url);
    await this.dialog().getByRole('button', { name: 'Create webhook' }).click();
  }

  /** Reads the secret shown once, copies it, closes the dialog. */
  async takeSecret(): Promise<string> {
    const dialog = this.dialog();
    const secret = (await this.page.getByTestId('webhook-secret').textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Copy signing secret' }).click();
    await dialog.getByText('Copied').first().waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    return secret;
  }

  rows() {
    return this.page.getByTestId('webhook-row');
  }

  /** Opens a row's ⋯ menu and picks an item, by keyboard only. */
  async rowMenuByKeyboard(url: string, item: string): Promise<void> {
    const trigger = this.rows()
      .filter({ hasText: url })
      .getByRole('button', { name: `Actions for ${url}` });
    await trigger.focus();
    await this.page.keyboard.press('Enter');
    const menuItem = this.page.getByRole('menuitem', { name: item });
    await menuItem.waitFor();
    while (!(await menuItem.evaluate((el) => el === document.activeElement)))
      await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }

  deliveryRows() {
    return this.page.getByTestId('delivery-row');
  }
}
