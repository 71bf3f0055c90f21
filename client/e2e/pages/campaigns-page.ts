import type { Locator, Page } from 'playwright-core';
import { assertAccessible } from '../support/a11y.js';
import { fieldError } from '../support/forms.js';

export interface CampaignForm {
  name?: string;
  channel?: 'WhatsApp' | 'SMS' | 'Email' | 'Other';
  destinationUrl?: string;
  currency?: string;
  conversionTracking?: boolean;
}

/** The New Campaign / Edit dialog. */
export class CampaignDialog {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByRole('dialog');
  }
  async fill(form: CampaignForm): Promise<void> {
    if (form.name !== undefined) await this.root.getByLabel('Name').fill(form.name);
    if (form.channel !== undefined)
      await this.root.getByLabel('Channel').selectOption({ label: form.channel });
    if (form.destinationUrl !== undefined) {
      await this.root.getByLabel('Default destination URL').fill(form.destinationUrl);
    }
    if (form.currency !== undefined) await this.root.getByLabel('Currency').fill(form.currency);
    if (form.conversionTracking !== undefined) {
      await this.root
        .getByRole('switch', { name: 'Conversion tracking' })
        .setChecked(form.conversionTracking);
    }
  }
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /Create Campaign|Save changes/ }).click();
  }
  fieldError(label: string): Promise<string | null> {
    return fieldError(this.root, this.root.getByLabel(label));
  }
  async waitClosed(): Promise<void> {
    await this.root.waitFor({ state: 'detached' });
  }
  async audit(screen: string): Promise<void> {
    await assertAccessible(this.page, screen);
  }
}

/** The Upload recipients and Upload delivery report dialogs. */
export class UploadDialog {
  readonly root: Locator;
  constructor(
    private readonly page: Page,
    name: 'Upload recipients' | 'Upload delivery report' = 'Upload recipients',
  ) {
    this.root = page.getByRole('dialog', { name });
  }
  async choose(name: string, csv: string): Promise<void> {
    await this.root
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  }
  /** The bad rows as the dialog lists them, e.g. "Line 3 has an empty external_id". */
  async problems(): Promise<string[]> {
    const list = this.root.getByTestId('csv-problems');
    await list.waitFor();
    return (await list.locator('li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
  async importAll(): Promise<void> {
    await this.root.getByRole('button', { name: /^Import/ }).click();
  }
  /** Sends a checked delivery report and answers the "Recorded …" line. */
  async sendReport(): Promise<string> {
    await this.root.getByRole('button', { name: /^Send \d/ }).click();
    const done = this.root.getByTestId('report-accepted');
    await done.waitFor({ timeout: 60_000 });
    return (await done.textContent()) ?? '';
  }
  async waitImported(): Promise<string> {
    const done = this.root.getByText(/^Imported /);
    await done.waitFor({ timeout: 60_000 });
    return (await done.textContent()) ?? '';
  }
  async done(): Promise<void> {
    await this.root.getByRole('button', { name: 'Done' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}

export class CampaignsPage {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Campaigns' })
      .click();
    await this.page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
  }

  async openNewCampaignDialog(): Promise<CampaignDialog> {
    await this.page.getByRole('button', { name: 'New Campaign' }).first().click();
    return new CampaignDialog(this.page);
  }

  rows(): Locator {
    return this.page.getByTestId('campaign-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  async rowMenu(name: string, item: 'Open' | 'Edit' | 'Delete'): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }
}

export class CampaignPage {
  constructor(private readonly page: Page) {}

  async waitLoaded(name: string): Promise<void> {
    await this.page.getByRole('heading', { name, level: 1 }).waitFor();
  }

  funnelRecipients(): Locator {
    return this.funnelStep('recipients').getByTestId('funnel-count');
  }

  /** A step of the funnel: its count (`funnel-count`) and shares (`funnel-of-recipients`, `funnel-of-previous`). */
  funnelStep(step: 'recipients' | 'sent' | 'delivered' | 'read' | 'clicked' | 'converted'): Locator {
    return this.page.getByTestId(`funnel-${step}`);
  }

  /** The funnel as text, one line per step, e.g. "Delivered: 2, 67% of recipients, 100% of sent". */
  async funnelLines(): Promise<string[]> {
    const steps = this.page.getByTestId('campaign-funnel').locator('.funnel-step');
    return (await steps.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async openDeliveryReport(): Promise<UploadDialog> {
    await this.page
      .getByRole('region', { name: 'Recipients' })
      .getByRole('button', { name: 'Upload delivery report' })
      .click();
    const dialog = new UploadDialog(this.page, 'Upload delivery report');
    await dialog.root.waitFor();
    return dialog;
  }

  async openUpload(): Promise<UploadDialog> {
    await this.page.getByRole('button', { name: 'Upload recipients' }).click();
    const dialog = new UploadDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }

  recipientRows(): Locator {
    return this.page.getByTestId('recipient-row');
  }

  recipient(externalId: string): Locator {
    return this.recipientRows().filter({ has: this.page.getByText(externalId, { exact: true }) });
  }

  async recipientShortUrl(externalId: string): Promise<string> {
    return (await this.recipient(externalId).getByRole('link').first().getAttribute('href')) ?? '';
  }

  async filterClicked(option: 'Clicked or not' | 'Clicked' | 'Not clicked'): Promise<void> {
    await this.page.getByLabel('Clicked', { exact: true }).selectOption({ label: option });
  }

  /** Reloads until the recipient's Clicks cell shows `expected`: clicks are written just after the redirect. */
  async waitForRecipientClicks(externalId: string, expected: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const cell = this.recipient(externalId).getByTestId('recipient-clicks');
      await cell.waitFor();
      const text = (await cell.textContent())?.trim();
      if (text === String(expected)) return;
      if (Date.now() > deadline) throw new Error(`${externalId} shows ${text} clicks, expected ${expected}`);
      await this.page.waitForTimeout(500);
      await this.page.reload();
    }
  }

  summary(name: 'total' | 'unique' | 'bot'): Locator {
    return this.page.getByTestId(`summary-${name}`);
  }

  sharedLinks(): Locator {
    return this.page.locator('section', { has: this.page.getByRole('heading', { name: 'Shared links' }) });
  }

  async downloadRecipientsCsv(): Promise<{ name: string; path: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: 'Download recipients CSV' }).click(),
    ]);
    return { name: download.suggestedFilename(), path: (await download.path())! };
  }
}
