import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The two widths every screen is checked at: a laptop and a small phone. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 812 };

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core goes in through the DevTools protocol (page.evaluate), which the page's
 * Content-Security-Policy does not govern: the policy the product serves stays exactly as it is, and
 * the test context needs no bypassCSP.
 */
async function inject(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(AXE_SOURCE);
}

async function audit(page: Page): Promise<Violation[]> {
  await inject(page);
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.map(String).join(' ')}  ${n.html.slice(0, 120)}`),
    }));
  }, RULE_TAGS);
}

/**
 * A settled screen: nothing is marked busy (the analytics grid dims while new numbers load), no fade
 * is under way, and two frames have passed so a resize has been laid out and its observers have run.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  // Let fades finish: a half-faded card would be judged on colours the user never rests on.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Fails the test on any axe violation of the screen as it is now (dialogs open or not), at the desktop
 * and the phone width; the viewport is put back afterwards. Each violation is listed with its rule,
 * impact and the elements concerned.
 */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  const original = page.viewportSize() ?? DESKTOP;
  const found: string[] = [];
  try {
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await settle(page);
      for (const v of await audit(page)) {
        found.push(
          `  ${size.width}px ${v.impact ?? 'unknown'} ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`,
        );
      }
    }
  } finally {
    await page.setViewportSize(original);
    await settle(page);
  }
  assert.equal(found.length, 0, `axe found violations on ${screen}:\n${found.join('\n')}`);
}

/**
 * How far the page scrolls sideways once its layout has settled: after a viewport change the chart
 * resizes on its ResizeObserver's next round, so one reading right away can still see the old width.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
