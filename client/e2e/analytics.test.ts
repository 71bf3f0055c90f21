import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AnalyticsPage } from './pages/analytics-page.js';
import { AuthPage } from './pages/auth-page.js';
import { LinksPage } from './pages/links-page.js';
import { assertAccessible, DESKTOP, sidewaysOverflow } from './support/a11y.js';
import { launchBrowser, newDesktopContext } from './support/browser.js';
import { fieldError } from './support/forms.js';
import { startApp, startDestination, type DestinationSite, type RunningApp } from './support/processes.js';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../e2e/screenshots');
/** The phone the dashboard is judged on. */
const PHONE_390 = { width: 390, height: 844 };
/** How long a toast with a Copy button stays once nothing holds it (TOAST_WITH_ACTION_MS). */
const TOAST_WITH_ACTION_MS = 7000;
/** The phone's top bar (brand and account menu, then the nav), at most. */
const PHONE_HEADER_MAX = 100;
/** The analytics page's height on that phone, with this traffic, at most. */
const PHONE_PAGE_MAX = 2400;

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
  const overflow = () => sidewaysOverflow(page);
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
      // Announced, kept while the pointer or the focus is on it, then gone by itself.
      assert.equal(await toast.evaluate((el) => el.parentElement?.getAttribute('role')), 'status');
      await toast.hover();
      await page.waitForTimeout(TOAST_WITH_ACTION_MS + 500);
      assert.equal(await toast.isVisible(), true, 'the toast stays while the pointer is on it');
      await page.mouse.move(0, 400);
      await page.locator('#main').focus();
      const released = Date.now();
      await toast.waitFor({ state: 'detached', timeout: TOAST_WITH_ACTION_MS + 3000 });
      const shownFor = Date.now() - released;
      assert.ok(shownFor > TOAST_WITH_ACTION_MS - 1000, `the toast went after ${shownFor} ms`);
      console.log(`Link created toast left ${shownFor} ms after the pointer and focus left it`);
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
    const tips: string[] = [];
    const circles = page.locator('[data-testid="click-map"] path.leaflet-interactive');
    // The map draws its circles after its country shapes: wait until it has stopped.
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < (await circles.count()); i++) {
      await page.mouse.move(0, 0);
      await circles.nth(i).hover();
      const tip = page.locator('.leaflet-tooltip').last();
      const shown = await tip.waitFor({ timeout: 2000 }).then(
        () => true,
        () => false,
      );
      tips.push(shown ? ((await tip.textContent())?.trim() ?? '') : `(none for circle ${i})`);
    }
    // Alone, or in a bubble with its neighbours when the map is small.
    assert.ok(
      tips.some((tip) => /United States: 4(?!\d)/.test(tip)),
      `map tooltips: ${tips.join(' | ')}`,
    );
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

  step(
    'on a 390 px phone, the audience shows the top five of each list and the filters fold away',
    async () => {
      await page.setViewportSize(PHONE_390);
      await page.reload();
      await page.getByTestId('clicks-chart').locator('canvas').waitFor();
      await page.locator('[data-testid="click-map"] path.leaflet-interactive').first().waitFor();
      assert.equal(await overflow(), 0, 'the analytics page scrolls sideways');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // With every row, card and filter shown it was 3,469 px.
      assert.ok(height < PHONE_PAGE_MAX, `the analytics page is ${height}px tall on a phone`);
      console.log(`analytics page height at 390 px: ${height}px`);

      const switchBots = new AnalyticsPage(page).excludeBots();
      assert.equal(await switchBots.isVisible(), false, 'Exclude bots is folded away');
      const more = page.getByRole('button', { name: /^Filters/ });
      assert.equal(await more.getAttribute('aria-expanded'), 'false');
      const presetsTop = (await page.getByRole('button', { name: 'Last 7d' }).boundingBox())!.y;
      assert.ok(Math.abs((await more.boundingBox())!.y - presetsTop) < 8, 'Filters sits beside the presets');
      await more.click();
      await switchBots.waitFor();
      assert.equal(await page.getByLabel('Start date').isVisible(), true);
      await page.screenshot({ path: shot('filters-open', PHONE_390.width) });
      await more.click();
      await switchBots.waitFor({ state: 'hidden' });

      // One audience card at a time, picked from a row of buttons.
      const cards = page.locator('section.breakdown');
      const shownCards = () =>
        cards.evaluateAll((els) => els.filter((el) => el.getClientRects().length).length);
      assert.equal(await shownCards(), 1, 'one audience card on a phone');
      const browsers = new AnalyticsPage(page).breakdown('Browsers');
      assert.equal(await browsers.isVisible(), false);
      await page.getByRole('button', { name: 'Browsers', exact: true }).click();
      await browsers.getByText('Safari').waitFor();
      assert.equal(await shownCards(), 1);
      await page.screenshot({ path: shot('audience-browsers', PHONE_390.width) });
      await page.getByRole('button', { name: 'Countries', exact: true }).click();
      const countries = new AnalyticsPage(page).breakdown('Top Countries');
      await countries.waitFor();
      const rows = countries.locator('li');
      const visibleRows = () =>
        rows.evaluateAll((els) => els.filter((el) => el.getClientRects().length).length);
      assert.equal(await rows.count(), 7);
      assert.equal(await visibleRows(), 5, 'the top five countries');
      await countries.getByRole('button', { name: 'Show all 7' }).click();
      assert.equal(await visibleRows(), 7);
      await assertAccessible(page, 'Top Countries opened in full');
      await countries.getByRole('button', { name: 'Show top 5' }).click();
      assert.equal(await visibleRows(), 5);
      // A one-line row, its bar behind the words.
      const row = (await rows.first().boundingBox())!;
      assert.ok(row.height <= 32, `a breakdown row is ${row.height}px tall on a phone`);
      await page.screenshot({ path: shot('audience', PHONE_390.width), fullPage: true });

      await page.setViewportSize(DESKTOP);
      assert.equal(await switchBots.isVisible(), true, 'a laptop shows every filter');
      assert.equal(await visibleRows(), 7, 'a laptop shows every row');
      assert.equal(await shownCards(), 6, 'a laptop shows every audience card');
      assert.equal(await page.getByRole('button', { name: 'Show all 7' }).isVisible(), false);
    },
  );

  step(
    'no two bubbles of the map overlap at its first zoom; neighbours become one numbered bubble',
    async () => {
      for (const size of [DESKTOP, PHONE_390]) {
        await page.setViewportSize(size);
        await page.reload();
        const map = page.getByTestId('click-map');
        await map.locator('path.leaflet-interactive').first().waitFor();
        const bubbles = await map.locator('path.leaflet-interactive').evaluateAll((paths) =>
          paths.map((p) => {
            const r = p.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2, r: r.width / 2 };
          }),
        );
        assert.ok(bubbles.length >= 2, `${bubbles.length} bubbles at ${size.width}px`);
        for (const [i, a] of bubbles.entries()) {
          for (const b of bubbles.slice(i + 1)) {
            const apart = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
            assert.ok(apart >= 0, `two bubbles overlap by ${-apart}px at ${size.width}px`);
          }
        }
        // London, Dublin, Paris and their neighbours are one bubble that says how many clicks it holds.
        const counts = await map.locator('.map-cluster-count').allTextContents();
        assert.ok(counts.length >= 1, 'a merged bubble has its count');
        await map.locator('path.map-cluster').first().hover();
        assert.match(
          (await page.locator('.leaflet-tooltip').last().textContent()) ?? '',
          /^\d+ clicks in \d+ places/,
        );
        await map.screenshot({ path: shot('map', size.width) });
        // Every bubble's tooltip opens inside the map, the topmost one's too (it was cut off at the top).
        const paths = map.locator('path.leaflet-interactive');
        const order = bubbles.map((b, i) => ({ i, y: b.y - b.r })).sort((a, b) => a.y - b.y);
        for (const [rank, { i }] of order.entries()) {
          await page.mouse.move(0, 0);
          await page.waitForFunction(() => !document.querySelector('.leaflet-tooltip'));
          await paths.nth(i).hover();
          const tip = page.locator('.leaflet-tooltip');
          await tip.waitFor({ timeout: 2000 });
          const box = (await map.boundingBox())!;
          const t = (await tip.boundingBox())!;
          const inside =
            t.x >= box.x - 0.5 &&
            t.y >= box.y - 0.5 &&
            t.x + t.width <= box.x + box.width + 0.5 &&
            t.y + t.height <= box.y + box.height + 0.5;
          assert.ok(
            inside,
            `bubble ${i}'s tooltip at ${JSON.stringify(t)} leaves the map at ${JSON.stringify(box)} (${size.width}px)`,
          );
          if (rank === 0) await map.screenshot({ path: shot('map-top-tooltip', size.width) });
        }
      }
      // Zoomed in, the merged places come apart again.
      await page.setViewportSize(DESKTOP);
      await page.reload();
      const map = page.getByTestId('click-map');
      await map.locator('path.leaflet-interactive').first().waitFor();
      const atWorld = await map.locator('path.leaflet-interactive').count();
      await map.getByRole('button', { name: 'Zoom in' }).click();
      await map.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="click-map"] path.leaflet-interactive').length > n,
        atWorld,
      );
    },
  );

  step('a tap on the last bar of the chart on a phone shows its tooltip inside the screen', async () => {
    // A link made 29 days ago: 30 daily bars, the last one (today's clicks) at the right edge.
    const phone = await browser.newContext({
      baseURL: app.baseUrl,
      viewport: PHONE_390,
      hasTouch: true,
      isMobile: true,
      userAgent: IPHONE,
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
      storageState: await context.storageState(),
    });
    try {
      const tab = await phone.newPage();
      await tab.route('**/graphql', async (route) => {
        if (!(route.request().postData() ?? '').includes('"operationName":"LinkDetails"')) {
          await route.fallback();
          return;
        }
        const response = await route.fetch();
        const json = (await response.json()) as { data: { link: { createdAt: string } } };
        json.data.link.createdAt = new Date(Date.now() - 29 * 86_400_000).toISOString();
        await route.fulfill({ response, json });
      });
      const analyticsUrl = new URL(page.url());
      analyticsUrl.search = '';
      await tab.goto(analyticsUrl.href);
      const chart = tab.getByTestId('clicks-chart');
      await chart.locator('canvas').waitFor();
      assert.equal(await chart.getAttribute('data-buckets'), '30');
      await chart.scrollIntoViewIfNeeded();
      type Probe = { x: number; y: number; last: number; left: number; top: number };
      const bar = await tab.evaluate((): Probe => {
        type ChartLike = {
          data: { labels: unknown[] };
          getDatasetMeta(i: number): { data: { x: number; y: number; base: number }[] };
        };
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="clicks-chart"] canvas')!;
        const chartJs = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): ChartLike } }).Chart;
        const instance = chartJs.getChart(canvas);
        const last = instance.data.labels.length - 1;
        const el = instance.getDatasetMeta(0).data[last]!;
        const box = canvas.getBoundingClientRect();
        return { x: el.x, y: (el.y + el.base) / 2, last, left: box.left, top: box.top };
      });
      await tab.touchscreen.tap(bar.left + bar.x, bar.top + bar.y);
      await tab.waitForFunction(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="clicks-chart"] canvas')!;
        const chartJs = (
          window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { tooltip: { opacity: number } } } }
        ).Chart;
        return chartJs.getChart(canvas).tooltip.opacity > 0;
      });
      const tip = await tab.evaluate(() => {
        type TooltipLike = {
          x: number;
          y: number;
          width: number;
          height: number;
          opacity: number;
          dataPoints: { dataIndex: number }[];
        };
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="clicks-chart"] canvas')!;
        const chartJs = (
          window as unknown as {
            Chart: {
              getChart(c: HTMLCanvasElement): { tooltip: TooltipLike; width: number; height: number };
            };
          }
        ).Chart;
        const instance = chartJs.getChart(canvas);
        const t = instance.tooltip;
        const box = canvas.getBoundingClientRect();
        return {
          x: t.x,
          y: t.y,
          width: t.width,
          height: t.height,
          opacity: t.opacity,
          index: t.dataPoints[0]?.dataIndex,
          chartWidth: instance.width,
          chartHeight: instance.height,
          left: box.left,
          top: box.top,
          viewport: window.innerWidth,
        };
      });
      assert.equal(tip.index, bar.last, "the tooltip is the last bar's");
      assert.ok(tip.opacity > 0 && tip.width > 0, 'the tooltip is shown');
      assert.ok(
        tip.x >= 0 && tip.x + tip.width <= tip.chartWidth,
        `tooltip x ${tip.x}+${tip.width} in ${tip.chartWidth}`,
      );
      assert.ok(tip.y >= 0 && tip.y + tip.height <= tip.chartHeight, `tooltip y ${tip.y}+${tip.height}`);
      assert.ok(
        tip.left + tip.x >= 0 && tip.left + tip.x + tip.width <= tip.viewport,
        `tooltip spans ${tip.left + tip.x}–${tip.left + tip.x + tip.width}px of a ${tip.viewport}px screen`,
      );
      await chart.screenshot({ path: shot('chart-tooltip', PHONE_390.width) });
    } finally {
      await phone.close();
    }
  });

  step('on a 390 px phone, the top bar is two short rows and Log out sits in the account menu', async () => {
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await page.getByTestId('clicks-chart').locator('canvas').waitFor();
    await page.locator('header.topbar').screenshot({ path: shot('top-bar', DESKTOP.width) });
    await page.setViewportSize(PHONE_390);
    const header = page.locator('header.topbar');
    const height = (await header.boundingBox())!.height;
    // Brand, nav and Log out on three rows it was 129 px.
    assert.ok(height < PHONE_HEADER_MAX, `the top bar is ${height}px tall on a phone`);
    console.log(`top bar height at 390 px: ${height}px`);
    assert.equal(await overflow(), 0, 'the page scrolls sideways');
    assert.equal(await page.getByRole('button', { name: 'Log out' }).isVisible(), false);
    const account = page.getByRole('button', { name: 'Account: Acme Marketing' });
    await account.click();
    const logOut = page.getByRole('menuitem', { name: 'Log out' });
    await logOut.waitFor();
    await assertAccessible(page, 'the account menu open on a phone');
    await page.screenshot({ path: shot('account-menu', PHONE_390.width) });
    const analyticsUrl = page.url();
    await logOut.click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    // Logged out for real: the analytics page asks to log in again.
    await page.goto(analyticsUrl);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
  });
});
