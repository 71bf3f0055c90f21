import type { Locator, Page } from 'playwright-core';
import { assertAccessible } from '../support/a11y.js';

export class AnalyticsPage {
  constructor(private readonly page: Page) {}

  async waitLoaded(title: string): Promise<void> {
    await this.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  }

  summary(name: 'total' | 'unique' | 'bot'): Locator {
    return this.page.getByTestId(`summary-${name}`);
  }

  breakdown(title: string): Locator {
    return this.page
      .locator('section.breakdown')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Reloads until the Total Clicks card shows `expected`: clicks are written just after the redirect. */
  async waitForTotal(expected: number, timeoutMs = 15_000): Promise<void> {
    await this.reloadUntil(this.summary('total'), 'Total Clicks', expected, timeoutMs);
  }

  /**
   * Reloads until the link card's lifetime clicks show `expected`: the link and its analytics are two
   * queries, so a click written between them shows in one first.
   */
  async waitForLifetimeClicks(expected: number, timeoutMs = 15_000): Promise<void> {
    await this.reloadUntil(this.page.getByTestId('lifetime-clicks'), 'Lifetime clicks', expected, timeoutMs);
  }

  private async reloadUntil(target: Locator, name: string, expected: number, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = (await target.textContent())?.trim();
      if (text === String(expected)) return;
      if (Date.now() > deadline) throw new Error(`${name} stayed at ${text}, expected ${expected}`);
      await this.page.waitForTimeout(500);
      await this.page.reload();
      await target.waitFor();
    }
  }

  async preset(label: 'Last 7d' | 'Last 30d' | 'Last 90d'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  async interval(label: 'Hour' | 'Day' | 'Week' | 'Month'): Promise<void> {
    await this.page.getByLabel('Interval').selectOption({ label });
  }

  excludeBots(): Locator {
    return this.page.getByRole('switch', { name: 'Exclude bots' });
  }

  async openShortUrl(): Promise<Page> {
    const [popup] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('link', { name: 'Open' }).click(),
    ]);
    await popup.waitForLoadState('load');
    return popup;
  }

  chartCanvas(): Locator {
    return this.page.locator('.chart-box canvas');
  }

  mapShapes(): Locator {
    return this.page.locator(
      '[data-testid="click-map"] path.leaflet-interactive, [data-testid="click-map"] svg path',
    );
  }

  mapCircles(): Locator {
    return this.page.locator('[data-testid="click-map"] path.leaflet-interactive');
  }

  async edit(destinationUrl: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Destination URL').waitFor();
    await assertAccessible(this.page, 'Edit link dialog');
    await dialog.getByLabel('Destination URL').fill(destinationUrl);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
