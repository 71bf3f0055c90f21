import type { Locator, Page } from 'playwright-core';
import { assertAccessible } from '../support/a11y.js';
import { fieldError } from '../support/forms.js';

export interface LinkForm {
  destinationUrl?: string;
  title?: string;
  customCode?: string;
}

/** The New Link / Edit dialog. */
export class LinkDialog {
  readonly root: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('dialog');
  }
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: false });
  }
  async fill(form: LinkForm): Promise<void> {
    if (form.destinationUrl !== undefined) await this.field('Destination URL').fill(form.destinationUrl);
    if (form.title !== undefined) await this.field('Title').fill(form.title);
    if (form.customCode !== undefined) await this.field('Custom Code').fill(form.customCode);
  }
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /Create Link|Save changes/ }).click();
  }
  /** The error shown under a field, tied to it through aria-describedby. */
  fieldError(label: string): Promise<string | null> {
    return fieldError(this.root, this.field(label));
  }
  async waitClosed(): Promise<void> {
    await this.root.waitFor({ state: 'detached' });
  }
}

export class LinksPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/app/');
    await this.page.getByRole('heading', { name: 'Smart Links', level: 1 }).waitFor();
    await assertAccessible(this.page, 'links list');
  }

  async openNewLinkDialog(): Promise<LinkDialog> {
    await this.page.getByRole('button', { name: 'New Link' }).first().click();
    const dialog = new LinkDialog(this.page);
    await dialog.root.waitFor();
    await assertAccessible(this.page, 'New Link dialog');
    return dialog;
  }

  rows(): Locator {
    return this.page.getByTestId('link-row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search links').fill(text);
  }

  async copyShortUrl(title: string): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: `Copy short URL of ${title}` })
      .click();
  }

  async rowMenu(title: string, item: 'View Analytics' | 'Edit' | 'Delete'): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: `Actions for ${title}` })
      .click();
    await this.page.getByRole('menuitem', { name: item }).waitFor();
    await assertAccessible(this.page, 'links list with a row menu open');
    await this.page.getByRole('menuitem', { name: item }).click();
  }
}
