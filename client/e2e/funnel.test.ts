import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AuthPage } from './pages/auth-page.js';
import { CampaignPage, CampaignsPage } from './pages/campaigns-page.js';
import { LinksPage } from './pages/links-page.js';
import { assertAccessible, DESKTOP, PHONE } from './support/a11y.js';
import { launchBrowser, newDesktopContext } from './support/browser.js';
import { assertEscapeReturnsFocus, assertFocusTrapped } from './support/keyboard.js';
import { startApp, startDestination, type DestinationSite, type RunningApp } from './support/processes.js';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../e2e/screenshots');

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

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

/**
 * The full funnel end to end, as a marketer and their site live it: a WhatsApp campaign with conversion
 * tracking, the contact list, the delivery report, two people tapping their links (the redirect hands
 * the site a click id), the site reporting two sales through GraphQL, and the funnel, the recipients
 * table and the campaigns list agreeing on the numbers. Once on a laptop and once on a phone.
 */
for (const viewport of [DESKTOP, PHONE]) {
  describe(`campaign funnel in Chromium at ${viewport.width} px`, { timeout: 300_000 }, () => {
    let context: BrowserContext;
    let page: Page;
    let broken = false;
    const stamp = `${viewport.width}${Date.now().toString(36)}`;
    const name = `Funnel ${stamp}`;
    const shot = (file: string) => join(SCREENSHOTS, `funnel-${viewport.width}-${file}.png`);
    let campaignId = '';
    let clickId = '';

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

    /** GraphQL as the signed-in marketer (the page's session cookie), failing on any error. */
    async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await page.request.post('/graphql', { data: { query, variables } });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data!;
    }

    /** Taps a short link in a fresh tab; answers the redirect's Location and where the tab landed. */
    async function follow(shortUrl: string): Promise<{ location: string; landed: string }> {
      const visitor = await context.newPage();
      try {
        const response = await visitor.goto(shortUrl);
        const redirect = await response!.request().redirectedFrom()!.response();
        assert.equal(redirect!.status(), 302);
        return { location: (await redirect!.headerValue('location')) ?? '', landed: visitor.url() };
      } finally {
        await visitor.close();
      }
    }

    before(async () => {
      context = await newDesktopContext(browser, app.baseUrl);
      page = await context.newPage();
      await page.setViewportSize(viewport);
    });

    after(async () => {
      await context?.close();
    });

    step('creates a WhatsApp campaign with conversion tracking, reading how sl_cid works', async () => {
      await new AuthPage(page).signUp({
        accountName: 'Acme Marketing',
        email: `funnel-${stamp}@example.com`,
        password: 'correct horse battery',
      });
      const campaigns = new CampaignsPage(page);
      await campaigns.openFromNav();
      const opener = page.getByRole('button', { name: 'New Campaign' }).first();
      const dialog = await campaigns.openNewCampaignDialog();
      await dialog.fill({
        name,
        channel: 'WhatsApp',
        destinationUrl: destination.url('/spring'),
        currency: 'EUR',
        conversionTracking: true,
      });
      await dialog.root.getByText('How your site records a conversion').click();
      const example = dialog.root.getByTestId('conversion-example');
      assert.match((await example.textContent()) ?? '', new RegExp(`^curl ${app.baseUrl}/graphql`));
      await dialog.root.getByRole('button', { name: 'GraphQL' }).click();
      assert.match((await example.textContent()) ?? '', /recordConversion\(/);
      await assertAccessible(page, 'New campaign dialog with the conversion example open');
      await page.screenshot({ path: shot('new-campaign-tracking') });
      await assertFocusTrapped(page, dialog.root);
      await assertEscapeReturnsFocus(page, dialog.root, opener);

      const again = await campaigns.openNewCampaignDialog();
      await again.fill({
        name,
        channel: 'WhatsApp',
        destinationUrl: destination.url('/spring'),
        currency: 'EUR',
        conversionTracking: true,
      });
      await again.submit();
      await again.waitClosed();
      const campaign = new CampaignPage(page);
      await campaign.waitLoaded(name);
      campaignId = page.url().split('/').pop()!;
      // No one yet: every step is zero and no share is made up.
      await campaign.funnelRecipients().filter({ hasText: /^0$/ }).waitFor();
      assert.equal(await campaign.funnelStep('read').count(), 1, 'WhatsApp has a Read step');
      assert.equal(
        (await campaign.funnelStep('clicked').locator('.funnel-shares').textContent())?.trim(),
        '— of recipients, — of read',
      );
    });

    step('uploads the contact list', async () => {
      const campaign = new CampaignPage(page);
      const upload = await campaign.openUpload();
      await upload.choose('contacts.csv', 'external_id\ncrm-1\ncrm-2\ncrm-3\n');
      await upload.importAll();
      assert.match(await upload.waitImported(), /Imported 3 people/);
      await upload.done();
      await campaign.funnelRecipients().filter({ hasText: /^3$/ }).waitFor();
      await page.getByText('No delivery report yet.').waitFor();
    });

    step(
      'uploads a delivery report: bad rows by line first, then the events and the unknown ids',
      async () => {
        const campaign = new CampaignPage(page);
        const opener = page.getByRole('region', { name: 'Recipients' }).getByRole('button', {
          name: 'Upload delivery report',
        });
        const report = await campaign.openDeliveryReport();
        await assertFocusTrapped(page, report.root);
        await report.choose(
          'report.csv',
          `external_id,status,at\ncrm-1,SENT,${minutesAgo(40)}\ncrm-2,PENDING,${minutesAgo(40)}\ncrm-3,FAILED,2026-03-01 09:30\n`,
        );
        const problems = await report.problems();
        assert.equal(problems.length, 2);
        assert.match(problems[0]!, /^Line 3 has status PENDING/);
        assert.match(problems[1]!, /^Line 4 has a time \(at\) without a time zone/);
        await assertAccessible(page, 'delivery report dialog listing bad rows');
        await page.screenshot({ path: shot('report-bad-rows') });

        // Out of order, with a repeat and a person the campaign does not know: the order never matters.
        const csv = [
          'external_id,status,at',
          `crm-1,READ,${minutesAgo(20)}`,
          `crm-1,DELIVERED,${minutesAgo(30)}`,
          `crm-1,SENT,${minutesAgo(31)}`,
          `crm-2,DELIVERED,${minutesAgo(32)}`,
          `crm-2,DELIVERED,${minutesAgo(32)}`,
          `crm-3,FAILED,${minutesAgo(95)}`,
          `ghost-7,DELIVERED,${minutesAgo(90)}`,
        ].join('\n');
        await report.choose('report.csv', csv);
        await report.root.getByText('7 events ready to send').waitFor();
        assert.equal(await report.sendReport(), 'Recorded 6 events from report.csv.');
        const unknown = report.root.getByTestId('report-unknown');
        assert.match((await unknown.textContent()) ?? '', /1 external id is not in this campaign/);
        await unknown.getByText('ghost-7', { exact: true }).waitFor();
        await assertAccessible(page, 'delivery report dialog with the result');
        await page.screenshot({ path: shot('report-done') });
        await assertFocusTrapped(page, report.root);
        await assertEscapeReturnsFocus(page, report.root, opener);

        await campaign
          .funnelStep('delivered')
          .getByTestId('funnel-count')
          .filter({ hasText: /^2$/ })
          .waitFor();
        assert.deepEqual(await campaign.funnelLines(), [
          'Recipients: 3, everyone in the campaign',
          'Sent: 2, 67% of recipients',
          'Delivered: 2, 67% of recipients, 100% of sent',
          'Read: 1, 33% of recipients, 50% of delivered',
          'Clicked: 0, 0% of recipients, 0% of read',
          'Converted: 0, 0% of recipients, — of clicked',
        ]);
        assert.equal((await page.getByTestId('funnel-failed').textContent())?.trim(), '1');
        assert.equal(await page.getByText('No delivery report yet.').count(), 0);
        await campaign.recipient('crm-1').getByText('Read').waitFor();
        await campaign.recipient('crm-3').getByText('Failed').waitFor();
      },
    );

    step('follows two personal links: the redirect hands the site a click id in sl_cid', async () => {
      const campaign = new CampaignPage(page);
      const first = await follow(await campaign.recipientShortUrl('crm-1'));
      const cid = new URL(first.location).searchParams.get('sl_cid');
      assert.ok(cid, `sl_cid in ${first.location}`);
      assert.equal(new URL(first.location).pathname, '/spring');
      assert.equal(new URL(first.landed).searchParams.get('sl_cid'), cid);
      clickId = cid;

      // A forged sl_cid on the short link is replaced, never passed on; utm parameters survive.
      const second = await follow(`${await campaign.recipientShortUrl('crm-2')}?sl_cid=forged&utm_source=wa`);
      const params = new URL(second.location).searchParams;
      assert.equal(params.getAll('sl_cid').length, 1);
      assert.notEqual(params.get('sl_cid'), 'forged');
      assert.notEqual(params.get('sl_cid'), clickId);
      assert.equal(params.get('utm_source'), 'wa');

      await campaign.waitForRecipientClicks('crm-1', 1);
      await campaign.waitForRecipientClicks('crm-2', 1);
    });

    step(
      "records two sales through GraphQL: by sl_cid with the form's example, and by external id",
      async () => {
        // The example the campaign form offers, copied with its button, is the call the site makes.
        const opener = page.getByRole('button', { name: 'Edit', exact: true });
        await opener.click();
        const dialog = page.getByRole('dialog', { name: 'Edit campaign' });
        await dialog.getByText('How your site records a conversion').click();
        await dialog.getByRole('button', { name: 'GraphQL' }).click();
        await dialog.getByRole('button', { name: 'Copy the GraphQL mutation' }).click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /clickId: "<sl_cid>"/);
        await assertEscapeReturnsFocus(page, dialog, opener);

        type Recorded = { recordConversion: { id: string; value: number } };
        const bySlCid = await graphql<Recorded>(copied.replace('<sl_cid>', clickId));
        assert.equal(bySlCid.recordConversion.value, 49.9);
        const input = {
          campaignId,
          externalId: 'crm-2',
          name: 'signup',
          value: 10,
          idempotencyKey: `o-${stamp}`,
        };
        const mutation = `mutation ($input: RecordConversionInput!) {
        recordConversion(input: $input) { id value recipient { externalId } }
      }`;
        await graphql(mutation, { input });
        // The same idempotency key again records nothing.
        await graphql(mutation, { input });
      },
    );

    step('sees the whole funnel, the recipients and the list agree', async () => {
      const campaign = new CampaignPage(page);
      await page.reload();
      await campaign.waitLoaded(name);
      await campaign.funnelStep('converted').getByTestId('funnel-count').filter({ hasText: /^2$/ }).waitFor();
      assert.deepEqual(await campaign.funnelLines(), [
        'Recipients: 3, everyone in the campaign',
        'Sent: 2, 67% of recipients',
        'Delivered: 2, 67% of recipients, 100% of sent',
        'Read: 1, 33% of recipients, 50% of delivered',
        'Clicked: 2, 67% of recipients, 200% of read',
        'Converted: 2, 67% of recipients, 100% of clicked',
      ]);
      // Delivered 30 and 32 minutes before the clicks (a minute or so ago).
      assert.match((await page.getByTestId('funnel-median').textContent())?.trim() ?? '', /^3[0-3] min$/);
      assert.equal((await page.getByTestId('funnel-value').textContent())?.trim(), '€59.90');
      await page.getByText('2 conversions').waitFor();
      await page.getByTestId('campaign-funnel').screenshot({ path: shot('funnel') });
      await page.screenshot({ path: shot('campaign-page'), fullPage: true });

      assert.equal(
        (await campaign.recipient('crm-1').getByTestId('recipient-value').textContent())?.trim(),
        '€49.90',
      );
      await page.getByLabel('Converted', { exact: true }).selectOption({ label: 'Converted' });
      await page.getByTestId('recipients-range').filter({ hasText: '1–2 of 2' }).waitFor();
      await page.getByLabel('Converted', { exact: true }).selectOption({ label: 'Converted or not' });
      await page.getByLabel('Delivery status').selectOption({ label: 'Failed' });
      await page.getByTestId('recipients-range').filter({ hasText: '1–1 of 1' }).waitFor();
      await campaign.recipient('crm-3').waitFor();
      await page.getByLabel('Delivery status').selectOption({ label: 'All statuses' });

      const campaigns = new CampaignsPage(page);
      await campaigns.openFromNav();
      const row = campaigns.row(name);
      await row.waitFor();
      for (const column of ['delivered', 'clicked', 'converted']) {
        assert.equal(
          (await row.getByTestId(`campaign-${column}`).textContent())?.replace(/\s+/g, ' ').trim(),
          '67%, 2',
          column,
        );
      }
      await page.screenshot({ path: shot('campaigns-list'), fullPage: true });
    });

    step('turns on conversion tracking for a single link from the link form', async () => {
      const links = new LinksPage(page);
      await links.open();
      const dialog = await links.openNewLinkDialog();
      await dialog.fill({ destinationUrl: destination.url('/single'), title: `Tracked ${stamp}` });
      await dialog.root.getByRole('switch', { name: 'Conversion tracking' }).check();
      await dialog.submit();
      await dialog.waitClosed();
      const shortUrl = await links.row(`Tracked ${stamp}`).locator('a[target="_blank"]').getAttribute('href');
      const { location } = await follow(shortUrl!);
      assert.match(location, /\/single\?sl_cid=[^&]+$/);
    });
  });
}
