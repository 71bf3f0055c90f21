import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { AuthPage } from './pages/auth-page.js';
import { CampaignDialog } from './pages/campaigns-page.js';
import { assertAccessible, DESKTOP } from './support/a11y.js';
import { launchBrowser, newDesktopContext } from './support/browser.js';
import { fieldError } from './support/forms.js';
import { startApp, type RunningApp } from './support/processes.js';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../e2e/screenshots');
const PHONE_390 = { width: 390, height: 844 };

let app: RunningApp;
let browser: Browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

/**
 * The campaign, webhook and API-key forms name every problem at once and send nothing while there is
 * one; what only the server can judge still lands on its field.
 */
describe('forms that name every problem at once, in Chromium', { timeout: 300_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  /** Mutations sent, by operation name. */
  const sent: string[] = [];
  const stamp = Date.now().toString(36);
  const shot = (name: string, width: number) => join(SCREENSHOTS, `forms-${name}-${width}.png`);

  async function screenshots(name: string): Promise<void> {
    for (const size of [DESKTOP, PHONE_390]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: shot(name, size.width) });
    }
    await page.setViewportSize(DESKTOP);
  }

  function sentCount(operation: string): number {
    return sent.filter((name) => name === operation).length;
  }

  async function groupError(root: Locator, legend: string): Promise<string | null> {
    const group = root.locator('fieldset', { has: page.locator('legend', { hasText: legend }) });
    const id = await group.getAttribute('aria-describedby');
    return id ? root.locator(`[id="${id}"]`).textContent() : null;
  }

  before(async () => {
    context = await newDesktopContext(browser, app.baseUrl);
    page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const match = /"operationName":"(\w+)"/.exec(request.postData() ?? '');
      if (match) sent.push(match[1]!);
    });
    await new AuthPage(page).signUp({
      accountName: 'Acme Marketing',
      email: `forms-${stamp}@example.com`,
      password: 'correct horse battery',
    });
  });
  after(() => context?.close());

  it('New campaign: name, destination and currency are named together', async () => {
    await page.goto('/app/campaigns');
    await page.getByRole('button', { name: 'New Campaign' }).first().click();
    const dialog = new CampaignDialog(page);
    await dialog.fill({ name: ' ', destinationUrl: 'ftp://example.com/offer', currency: 'XYZ' });
    await dialog.submit();
    assert.equal(await dialog.fieldError('Name'), 'Name is required');
    assert.equal(
      await dialog.fieldError('Default destination URL'),
      'Only http:// and https:// destinations are allowed',
    );
    assert.equal(await dialog.fieldError('Currency'), 'XYZ is not an ISO 4217 currency code');
    assert.equal(sentCount('CreateCampaign'), 0, 'nothing is sent while the form has errors');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'name');
    await assertAccessible(page, 'New campaign dialog with three errors');
    await screenshots('campaign-errors');

    // A link back to this service only the server can judge: its answer lands on the field.
    await dialog.fill({
      name: `Spring ${stamp}`,
      destinationUrl: `${app.baseUrl}/abcd1234`,
      currency: 'eur',
    });
    await dialog.submit();
    await dialog.root.getByText('must not point back at a short link').waitFor();
    assert.equal(sentCount('CreateCampaign'), 1);
    assert.equal(await dialog.fieldError('Name'), null);
    assert.equal(await dialog.fieldError('Currency'), null);
    assert.match((await dialog.fieldError('Default destination URL')) ?? '', /short link/);
    await dialog.fill({ destinationUrl: 'https://example.com/spring' });
    await dialog.submit();
    await dialog.waitClosed();
  });

  it('New webhook: URL, events and description are named together', async () => {
    await page.goto('/app/webhooks');
    await page.getByRole('button', { name: 'New webhook' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Endpoint URL').fill('ftp://crm.example.com/hooks');
    await dialog.getByRole('checkbox', { checked: true }).uncheck();
    await dialog.getByLabel('Description').evaluate((el: HTMLInputElement) => {
      // Past the input's maxLength, as a paste through an extension or an old browser can be.
      el.removeAttribute('maxlength');
    });
    await dialog.getByLabel('Description').fill('x'.repeat(501));
    await dialog.getByRole('button', { name: 'Create webhook' }).click();
    assert.equal(await fieldError(dialog, dialog.getByLabel('Endpoint URL')), 'The URL must use https');
    assert.equal(await groupError(dialog, 'Events'), 'Choose at least one event type');
    assert.equal(
      await fieldError(dialog, dialog.getByLabel('Description')),
      'The description must be at most 500 characters',
    );
    assert.equal(sentCount('CreateWebhook'), 0, 'nothing is sent while the form has errors');
    // Each event's box sits beside its words.
    const box = (await dialog.getByRole('checkbox').first().boundingBox())!;
    assert.ok(box.width <= 20, `an event's checkbox is ${box.width}px wide`);
    await assertAccessible(page, 'New webhook dialog with three errors');
    await screenshots('webhook-errors');

    // Only the stored form of the URL is too long: the server refuses it on the URL field.
    await dialog.getByLabel('Endpoint URL').fill(`https://crm.example.com/${'é'.repeat(400)}`);
    await dialog.getByRole('checkbox', { name: /Click recorded/ }).check();
    await dialog.getByLabel('Description').fill('CRM sync');
    await dialog.getByRole('button', { name: 'Create webhook' }).click();
    await dialog.getByText('at most 2048 characters').waitFor();
    assert.equal(sentCount('CreateWebhook'), 1);
    assert.match((await fieldError(dialog, dialog.getByLabel('Endpoint URL'))) ?? '', /2048/);
    assert.equal(await groupError(dialog, 'Events'), null);
    assert.equal(await fieldError(dialog, dialog.getByLabel('Description')), null);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('New API key: the name is checked before sending, the server still has the last word', async () => {
    await page.goto('/app/api-keys');
    await page.getByRole('button', { name: 'New API key' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Sync\u202Egnp');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    assert.equal(
      await fieldError(dialog, dialog.getByLabel('Name')),
      'Name must not contain control or text-direction characters',
    );
    await dialog.getByLabel('Name').fill('   ');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText('Name is required').waitFor();
    assert.equal(sentCount('CreateApiKey'), 0, 'nothing is sent while the form has errors');
    await assertAccessible(page, 'New API key dialog with an error');
    await screenshots('api-key-errors');

    // A refusal the browser cannot foresee (say a rule added on the server) still lands on its field.
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('"operationName":"CreateApiKey"')) {
        await route.fallback();
        return;
      }
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'Name is already used by another key',
              extensions: { code: 'BAD_USER_INPUT', field: 'name' },
            },
          ],
        }),
      });
    });
    await dialog.getByLabel('Name').fill('CRM sync');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText('Name is already used by another key').waitFor();
    assert.equal(await fieldError(dialog, dialog.getByLabel('Name')), 'Name is already used by another key');
    await page.unroute('**/graphql');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByTestId('api-key-secret').waitFor();
    assert.equal(sentCount('CreateApiKey'), 2);
  });
});
