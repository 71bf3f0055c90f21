import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AnalyticsPage } from './pages/analytics-page.js';
import { AuthPage } from './pages/auth-page.js';
import { LinksPage } from './pages/links-page.js';
import { assertAccessible, DESKTOP } from './support/a11y.js';
import { launchBrowser, newDesktopContext } from './support/browser.js';
import { fieldError } from './support/forms.js';
import { startApp, startDestination, type DestinationSite, type RunningApp } from './support/processes.js';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../e2e/screenshots');
/** The phone the dashboard is judged on. */
const PHONE_390 = { width: 390, height: 844 };

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';

/**
 * A campaign's first day, sent through the real redirect: people on four devices in four countries (the
 * iPhone comes back twice), and the bots a shared link meets — chat previews, a crawler, a script.
 * A client without a cookie is one visitor per address and user agent.
 */
const TRAFFIC: { ua: string; ip: string; times: number }[] = [
  { ua: IPHONE, ip: '8.8.8.8', times: 3 }, // US: 1 unique + 2 repeat
  { ua: ANDROID, ip: '5.9.0.1', times: 1 }, // DE
  { ua: WINDOWS, ip: '81.2.69.160', times: 1 }, // GB
  { ua: MAC, ip: '62.210.0.1', times: 1 }, // FR
  { ua: 'WhatsApp/2.23.20.0 A', ip: '177.10.10.10', times: 2 }, // BR
  {
    ua: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    ip: '31.13.64.1',
    times: 1,
  },
  { ua: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', ip: '103.21.244.1', times: 1 },
  { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', ip: '1.2.3.4', times: 1 },
  { ua: 'curl/8.5.0', ip: '80.80.80.80', times: 1 },
];
const EXPECTED = { total: 12, unique: 4, repeat: 2, bots: 6, previews: 4 };

async function sendTraffic(shortUrl: string): Promise<void> {
  for (const { ua, ip, times } of TRAFFIC) {
    for (let i = 0; i < times; i++) {
      const response = await fetch(shortUrl, {
        redirect: 'manual',
        headers: { 'User-Agent': ua, 'X-Forwarded-For': ip },
      });
      assert.equal(response.status, 302, `the redirect answers ${ua}`);
    }
  }
}

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

describe('analytics numbers that add up, in Chromium', { timeout: 300_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let broken = false;
  const stamp = Date.now().toString(36);
  const title = `WhatsApp launch ${stamp}`;
  const shot = (name: string, width: number) => join(SCREENSHOTS, `analytics-${name}-${width}.png`);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const preferenceSaved = () =>
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdatePreferences'),
    );
  const text = async (testId: string) => (await page.getByTestId(testId).textContent())?.trim();

  function step(name: string, fn: () => Promise<void>) {
    it(name, async (t) => {
      if (broken) {
        t.skip('an earlier step failed');
        return;
      }
      try {
        await fn();
        await assertAccessible(page, `the screen after "${name}"`);
      } catch (error) {
        broken = true;
        await page?.screenshot({ path: join(SCREENSHOTS, 'failure.png'), fullPage: true }).catch(() => {});
        throw error;
      }
    });
  }

  before(async () => {
    context = await newDesktopContext(browser, app.baseUrl);
    page = await context.newPage();
  });
  after(() => context?.close());

  step('an empty sign-up names every missing field at once', async () => {
    for (const size of [DESKTOP, PHONE_390]) {
      await page.setViewportSize(size);
      await page.goto('/app/signup');
      await page.getByRole('button', { name: 'Create account' }).click();
      const form = page.locator('form');
      assert.equal(await fieldError(form, page.getByLabel('Account name')), 'Account name is required');
      assert.equal(await fieldError(form, page.getByLabel('Email')), 'Email is required');
      assert.equal(
        await fieldError(form, page.getByLabel('Password')),
        'Password must be at least 8 characters',
      );
      assert.equal(
        await page.getByText('At least 8 characters', { exact: true }).count(),
        0,
        'no repeated hint',
      );
      await page.screenshot({ path: shot('signup-errors', size.width) });
    }
    await page.setViewportSize(DESKTOP);
  });

  step(
    'a bad URL and a bad code are both named; Create confirms with a toast, a copy and the row',
    async () => {
      await new AuthPage(page).signUp({
        accountName: 'Acme Marketing',
        email: `analytics-${stamp}@example.com`,
        password: 'correct horse battery',
      });
      const links = new LinksPage(page);
      const dialog = await links.openNewLinkDialog();
      await dialog.fill({ destinationUrl: 'example.com/spring', customCode: 'a!' });
      // The short URL it will make, and the time zone of the expiry, before anything is sent.
      const preview = (await page.getByTestId('short-url-preview').textContent()) ?? '';
      assert.equal(preview, `${new URL(app.baseUrl).host}/a!`);
      assert.match((await dialog.root.textContent()) ?? '', /in your time zone \(Europe\/Berlin\)/);
      await dialog.submit();
      assert.equal(
        await dialog.fieldError('Destination URL'),
        'Enter a full URL, e.g. https://example.com/page',
      );
      assert.equal(
        await dialog.fieldError('Custom Code'),
        'Custom code must be 4–12 letters (A–Z, a–z) or digits (0–9)',
      );
      await assertAccessible(page, 'New Link dialog with two errors');
      for (const size of [DESKTOP, PHONE_390]) {
        await page.setViewportSize(size);
        await page.screenshot({ path: shot('link-form-errors', size.width) });
      }
      await page.setViewportSize(DESKTOP);
      await dialog.field('Custom Code').fill('');
      await dialog.fill({ destinationUrl: destination.url('/landing'), title });
      await dialog.submit();
      await dialog.waitClosed();
      const toast = page.getByTestId('toast');
      await toast.waitFor();
      assert.match((await toast.textContent()) ?? '', /Link created/);
      await toast.getByRole('button', { name: 'Copy the new short URL' }).click();
      const shortUrl = (await links.row(title).locator('.short-url a').first().getAttribute('href')) ?? '';
      assert.match(shortUrl, /^http/);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shortUrl);
      assert.equal(await links.row(title).getAttribute('class'), 'row-highlight');
      await page.screenshot({ path: shot('created-toast', DESKTOP.width) });
      await page.setViewportSize(PHONE_390);
      const card = (await links.row(title).boundingBox())!;
      assert.ok(card.height < 130, `a link card on a phone is ${card.height}px tall`);
      await page.screenshot({ path: shot('created-toast', PHONE_390.width) });
      await page.setViewportSize(DESKTOP);
      await sendTraffic(shortUrl);
      await links.rowMenu(title, 'View Analytics');
      const analytics = new AnalyticsPage(page);
      await analytics.waitLoaded(title);
      await analytics.waitForTotal(EXPECTED.total);
    },
  );

  step('splits the total into unique, repeat and bots, and leads with the chat previews', async () => {
    assert.equal(await text('summary-total'), String(EXPECTED.total));
    assert.equal(await text('summary-unique'), String(EXPECTED.unique));
    assert.equal(await text('summary-repeat'), String(EXPECTED.repeat));
    assert.equal(await text('summary-bot'), String(EXPECTED.bots));
    assert.equal(await text('summary-chats'), String(EXPECTED.previews));
    assert.equal(
      await text('summary-total-hint'),
      '6 by people (4 unique + 2 repeat) + 6 bots',
      'the total says what it is made of',
    );
    assert.match((await text('summary-chats-hint')) ?? '', /WhatsApp 2/);
    assert.match((await text('summary-chats-hint')) ?? '', /Facebook 1/);
    assert.match((await text('summary-chats-hint')) ?? '', /Slack 1/);
    assert.match((await text('audience-note')) ?? '', /include 6 bot clicks/);
    const platforms = await new AnalyticsPage(page).breakdown('Platforms').textContent();
    assert.match(platforms ?? '', /Mobile/);
    assert.match(platforms ?? '', /Desktop/);
    assert.doesNotMatch(platforms ?? '', /\bmobile\b|\bother\b/, 'platforms have display names');
    // The map says what a circle means, and names the country in its tooltip.
    assert.match((await text('map-legend')) ?? '', /1 click.*4 clicks/s);
    await page.locator('[data-testid="click-map"] path.leaflet-interactive').first().hover();
    assert.equal((await page.locator('.leaflet-tooltip').textContent())?.trim(), 'United States: 4 clicks');
    // Every share is a whole percentage.
    const shares = await page.locator('.breakdown-value .muted').allTextContents();
    assert.ok(shares.length > 10);
    for (const share of shares) assert.match(share, /^· (<1|\d+)%$/);
  });

  step('draws bars from the day the link was made to today, with both ends labelled', async () => {
    const chart = page.getByTestId('clicks-chart');
    await chart.locator('canvas').waitFor();
    // The 30-day range started before the link existed: only today is drawn.
    assert.equal(await chart.getAttribute('data-buckets'), '1');
    await new AnalyticsPage(page).preset('Last 90d');
    await page.waitForURL(/range=90d/);
    await page
      .getByTestId('summary-total')
      .filter({ hasText: String(EXPECTED.total) })
      .waitFor();
    assert.equal(await chart.getAttribute('data-buckets'), '1', 'no flat 90 days before the spike');
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: shot('page', DESKTOP.width), fullPage: true });
  });

  step('with Exclude bots, says how many bot clicks were left out and keeps the previews', async () => {
    const analytics = new AnalyticsPage(page);
    const savedOn = preferenceSaved();
    await analytics.excludeBots().click();
    await page.waitForURL(/excludeBots=1/);
    await savedOn;
    await page.getByText('Bot Clicks excluded').waitFor();
    await page.getByTestId('summary-total').filter({ hasText: /^6$/ }).waitFor();
    assert.equal(await text('summary-bot'), String(EXPECTED.bots));
    assert.equal(await text('summary-total-hint'), 'People only: 6 = 4 unique + 2 repeat');
    assert.equal(await text('summary-chats'), String(EXPECTED.previews));
    assert.match((await text('audience-note')) ?? '', /bots are excluded/);
    await page.screenshot({ path: shot('exclude-bots', DESKTOP.width), fullPage: true });

    // Remembered for this person: a plain link to the page, even in a new browser, opens without bots.
    const plain = new URL(page.url());
    plain.search = '';
    const other = await newDesktopContext(browser, app.baseUrl);
    try {
      const elsewhere = await other.newPage();
      await elsewhere.goto(plain.href);
      await new AuthPage(elsewhere).logIn(`analytics-${stamp}@example.com`, 'correct horse battery');
      await elsewhere.waitForURL(/excludeBots=1/);
      await elsewhere.getByText('Bot Clicks excluded').waitFor();
      // The numbers arrive after the label: wait for them, then read the bots left out.
      await elsewhere.getByTestId('summary-total').filter({ hasText: /^6$/ }).waitFor();
      assert.equal((await elsewhere.getByTestId('summary-bot').textContent())?.trim(), String(EXPECTED.bots));
    } finally {
      await other.close();
    }
    const savedOff = preferenceSaved();
    await analytics.excludeBots().click();
    await page.waitForURL((url) => !url.search.includes('excludeBots'));
    await savedOff;
    // Turned off is remembered too: the plain link shows every click again.
    await page.goto(plain.href);
    await analytics.waitForTotal(EXPECTED.total);
    assert.doesNotMatch(page.url(), /excludeBots/);
  });

  step('on a 390 px phone, leads with the numbers and the chart, actions in one menu', async () => {
    await page.setViewportSize(PHONE_390);
    await page.reload();
    await page.getByTestId('clicks-chart').locator('canvas').waitFor();
    assert.equal(await overflow(), 0, 'the analytics page scrolls sideways');
    // The chart's top is within the first two screens, the cards within the first.
    const chartTop = (await page.getByTestId('clicks-chart').boundingBox())!.y;
    const cardsBottom = await page
      .locator('.summary-cards')
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    assert.ok(chartTop < PHONE_390.height * 2, `chart starts at ${chartTop}px`);
    assert.ok(cardsBottom < PHONE_390.height * 1.25, `cards end at ${cardsBottom}px`);
    assert.equal(await page.getByRole('button', { name: 'Edit' }).isVisible(), false);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'QR code' }).waitFor();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: shot('first-screen', PHONE_390.width) });
    await page.screenshot({ path: shot('page', PHONE_390.width), fullPage: true });
    await page.setViewportSize(DESKTOP);
  });
});
