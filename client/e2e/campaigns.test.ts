import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AuthPage } from './pages/auth-page.js';
import { CampaignPage, CampaignsPage } from './pages/campaigns-page.js';
import { LinkDialog, LinksPage } from './pages/links-page.js';
import { assertAccessible, DESKTOP, PHONE } from './support/a11y.js';
import { launchBrowser, newDesktopContext } from './support/browser.js';
import { assertFocusTrapped, assertFocusVisible } from './support/keyboard.js';
import { startApp, startDestination, type DestinationSite, type RunningApp } from './support/processes.js';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../e2e/screenshots');
const CSV_HEADER =
  'external_id,short_url,status,sent_at,delivered_at,read_at,failed_at,first_clicked_at,clicks,conversions,conversion_value';

let app: RunningApp;
let destination: DestinationSite;
let browser: Browser;

before(async () => {
  [app, destination] = await Promise.all([startApp(), startDestination()]);
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), destination?.stop()]);
});

/**
 * A marketer's campaign from creation to deletion, once on a laptop and once on a phone. Each step ends
 * with an accessibility audit of the screen it leaves and a check that nothing scrolls sideways.
 */
for (const viewport of [DESKTOP, PHONE]) {
  describe(`campaign journey in Chromium at ${viewport.width} px`, { timeout: 300_000 }, () => {
    let context: BrowserContext;
    let page: Page;
    let broken = false;
    const stamp = `${viewport.width}${Date.now().toString(36)}`;
    const name = `Spring sale ${stamp}`;
    const shot = (file: string) => join(SCREENSHOTS, `campaigns-${viewport.width}-${file}.png`);

    function step(title: string, fn: () => Promise<void>) {
      it(title, async (t) => {
        if (broken) {
          t.skip('an earlier step failed');
          return;
        }
        try {
          await fn();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          assert.equal(overflow, 0, 'the screen scrolls sideways');
          await assertAccessible(page, `the screen after "${title}"`);
        } catch (error) {
          broken = true;
          await page?.screenshot({ path: shot('failure'), fullPage: true }).catch(() => {});
          throw error;
        }
      });
    }

    before(async () => {
      context = await newDesktopContext(browser, app.baseUrl);
      page = await context.newPage();
      await page.setViewportSize(viewport);
    });

    after(async () => {
      await context?.close();
    });

    step('signs up and finds the workflow explained on the empty Campaigns screen', async () => {
      await new AuthPage(page).signUp({
        accountName: 'Acme Marketing',
        email: `campaigns-${stamp}@example.com`,
        password: 'correct horse battery',
      });
      await new CampaignsPage(page).openFromNav();
      const steps = page.locator('.workflow-title');
      await steps.first().waitFor();
      assert.deepEqual(await steps.allTextContents(), [
        'Create a campaign',
        'Upload your contacts',
        'Download the personal links',
        'Paste them into your bulk-send tool',
        'Upload the delivery report',
        'Read the funnel',
      ]);
      await page.screenshot({ path: shot('empty'), fullPage: true });
    });

    step('creates a campaign; a bad destination is refused on its field', async () => {
      const dialog = await new CampaignsPage(page).openNewCampaignDialog();
      await dialog.fill({ name, channel: 'WhatsApp', destinationUrl: 'javascript:alert(1)' });
      await dialog.submit();
      await dialog.root.locator('.field-error').first().waitFor();
      assert.match((await dialog.fieldError('Default destination URL')) ?? '', /http/i);
      await dialog.audit('New campaign dialog with a field error');
      await page.screenshot({ path: shot('new-campaign-error') });

      await dialog.fill({ destinationUrl: destination.url('/spring'), conversionTracking: true });
      await dialog.submit();
      await dialog.waitClosed();
      const campaign = new CampaignPage(page);
      await campaign.waitLoaded(name);
      await campaign.funnelRecipients().filter({ hasText: /^0$/ }).waitFor();
      await page.getByText('Conversion tracking on').waitFor();
    });

    step('lists bad rows by line before sending anything, then imports a good file', async () => {
      const campaign = new CampaignPage(page);
      const upload = await campaign.openUpload();
      await assertFocusTrapped(page, upload.root);
      await upload.choose(
        'contacts.csv',
        'external_id,destination_url\ncrm-1,\n,https://example.com/whose\ncrm-3,ftp://example.com/file\ncrm-4,\n',
      );
      const problems = await upload.problems();
      assert.equal(problems.length, 2);
      assert.match(problems[0]!, /^Line 3 .*empty external_id/);
      assert.match(problems[1]!, /^Line 4 .*not http or https/);
      assert.equal(await upload.root.getByRole('button', { name: /^Import/ }).count(), 0, 'nothing to send');
      await assertAccessible(page, 'upload dialog listing bad rows');
      await page.screenshot({ path: shot('upload-bad-rows') });

      // A row the browser cannot judge: a link back to this service, which the server refuses. The
      // whole call is refused, its lines are named, and no one from it is imported.
      await upload.choose(
        'loop.csv',
        `external_id,destination_url\nloop-1,\nloop-2,${app.baseUrl}/abcd1234\n`,
      );
      await upload.importAll();
      const refused = upload.root.getByRole('alert');
      await refused.getByText(/refused lines 2–3/).waitFor();
      assert.match((await refused.innerText()).replace(/\s+/g, ' '), /because of line 3/);
      assert.match(await refused.innerText(), /Nothing from those lines was imported/);
      await upload.root.getByRole('button', { name: 'Resume from line 2' }).waitFor();
      await campaign.funnelRecipients().filter({ hasText: /^0$/ }).waitFor();
      await assertAccessible(page, 'upload dialog after a refused chunk');
      await page.screenshot({ path: shot('upload-refused') });
      await upload.root.getByRole('button', { name: 'Choose another file' }).click();

      // Names in any script are kept apart from the text around them.
      const good = `external_id,destination_url\ncrm-1,\ncrm-2,${destination.url('/vip')}\nعميل-3,\n`;
      await upload.choose('contacts.csv', good);
      await upload.root.getByText('3 people ready to import').waitFor();
      await upload.importAll();
      assert.match(await upload.waitImported(), /Imported 3 people/);
      await page.screenshot({ path: shot('upload-done') });
      await upload.done();
      await campaign.recipientRows().nth(2).waitFor();
      await campaign.funnelRecipients().filter({ hasText: /^3$/ }).waitFor();
      assert.equal(await campaign.recipient('عميل-3').locator('bdi').count(), 1);

      // The call is idempotent: the same file again adds no one.
      const again = await campaign.openUpload();
      await again.choose('contacts.csv', good);
      await again.importAll();
      await again.waitImported();
      await again.done();
      await page.getByTestId('recipients-range').filter({ hasText: '1–3 of 3' }).waitFor();
      await campaign.funnelRecipients().filter({ hasText: /^3$/ }).waitFor();
    });

    step('opens Upload recipients from the keyboard and gives the focus back on Escape', async () => {
      const button = page.getByRole('button', { name: 'Upload recipients' });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Upload recipients' });
      await dialog.waitFor();
      assert.equal(
        await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type),
        'file',
      );
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await button.evaluate((el) => el === document.activeElement), true);
      await assertFocusVisible(page);
    });

    step('downloads the recipients CSV with the personal short links', async () => {
      const campaign = new CampaignPage(page);
      const file = await campaign.downloadRecipientsCsv();
      assert.match(file.name, /\.csv$/);
      const lines = (await readFile(file.path, 'utf8')).trim().split(/\r?\n/);
      assert.equal(lines[0], CSV_HEADER);
      assert.equal(lines.length, 4, 'a header and three recipients');
      assert.equal(lines[1]!.split(',')[1], await campaign.recipientShortUrl('crm-1'));
      assert.match(lines[3]!, /^عميل-3,/);
    });

    step("follows a recipient's link and sees the click in the table and the analytics", async () => {
      const campaign = new CampaignPage(page);
      const shortUrl = await campaign.recipientShortUrl('crm-2');
      const visitor = await context.newPage();
      await visitor.goto(shortUrl);
      // The campaign tracks conversions: the landing page gets the click id in sl_cid.
      const landed = new URL(visitor.url());
      assert.equal(`${landed.origin}${landed.pathname}`, destination.url('/vip'));
      assert.match(landed.searchParams.get('sl_cid') ?? '', /^[\w-]{8,}$/);
      await visitor.close();

      await campaign.waitForRecipientClicks('crm-2', 1);
      assert.notEqual(await campaign.recipient('crm-2').locator('time').count(), 0, 'first clicked is shown');
      await campaign.filterClicked('Clicked');
      await page.getByTestId('recipients-range').filter({ hasText: '1–1 of 1' }).waitFor();
      assert.equal(await campaign.recipientRows().count(), 1);
      await campaign.recipient('crm-2').waitFor();
      await campaign.filterClicked('Clicked or not');
      await page.getByTestId('recipients-range').filter({ hasText: '1–3 of 3' }).waitFor();

      await campaign.summary('total').filter({ hasText: '1' }).waitFor();
      assert.equal((await campaign.summary('unique').textContent())?.trim(), '1');
      // A phone shows one audience card at a time.
      const browsersCard = page.getByRole('button', { name: 'Browsers', exact: true });
      if (await browsersCard.isVisible()) await browsersCard.click();
      await page.locator('section.breakdown', { hasText: 'Browsers' }).getByText('Chrome').waitFor();
      await page.screenshot({ path: shot('campaign-page'), fullPage: true });
      if (viewport.width < 720) {
        // The date presets and Filters share one row on a small phone.
        for (const width of [viewport.width, 390]) {
          await page.setViewportSize({ ...viewport, width });
          const filters = page.getByRole('button', { name: /^Filters/ });
          const presetsTop = (await page.getByRole('button', { name: 'Last 7d' }).boundingBox())!.y;
          const filtersTop = (await filters.boundingBox())!.y;
          assert.ok(
            Math.abs(filtersTop - presetsTop) < 8,
            `Filters at ${filtersTop}px, the presets at ${presetsTop}px (${width} px)`,
          );
          await page.locator('.filter-bar').scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SCREENSHOTS, `campaigns-${width}-filter-bar.png`) });
        }
        await page.setViewportSize(viewport);
      }
    });

    step('creates a shared link of the campaign with the link form', async () => {
      const campaign = new CampaignPage(page);
      await campaign.sharedLinks().getByRole('button', { name: 'New shared link' }).click();
      const dialog = new LinkDialog(page);
      await dialog.root.getByText('A shared link of').waitFor();
      await dialog.fill({
        destinationUrl: destination.url('/spring?utm_source=broadcast'),
        title: 'Broadcast',
      });
      await dialog.submit();
      await dialog.waitClosed();
      await campaign.sharedLinks().getByTestId('link-row').filter({ hasText: 'Broadcast' }).waitFor();
      // Shared links are ordinary links too; recipient links never crowd the Links list.
      const links = new LinksPage(page);
      await links.open();
      await links.row('Broadcast').waitFor();
      assert.equal(await links.rows().count(), 1);
      await page.goBack();
      await campaign.waitLoaded(name);
    });

    step('deletes the campaign after a confirmation that says what goes', async () => {
      const campaign = new CampaignPage(page);
      const shortUrl = await campaign.recipientShortUrl('crm-1');
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this campaign?' });
      const text = await dialog.innerText();
      assert.match(text, /3 recipients/);
      assert.match(text, /1 shared link\b/);
      assert.match(text, /every click/);
      await assertAccessible(page, 'delete campaign dialog');
      await page.screenshot({ path: shot('delete') });
      await dialog.getByRole('button', { name: 'Delete campaign' }).click();
      await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
      await page.locator('.workflow').waitFor();
      const gone = await page.request.get(shortUrl, { maxRedirects: 0 });
      assert.equal(gone.status(), 404);
    });
  });
}
