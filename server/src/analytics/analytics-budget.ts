import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../shared/errors';
import type { ClickRange } from './click-range';

/**
 * What one clickStats costs: its series buckets (the assembly and the answer grow with them) plus a
 * fixed part for the reads and the breakdowns. LAST_30_DAYS by day is 40; two years by day 741.
 */
export const clickStatsCost = (range: Pick<ClickRange, 'buckets'>): number => 10 + range.buckets.length;

/** Units an account may spend per minute by default: 500 thirty-day views, or 2 requests of 9 two-year ones. */
export const ANALYTICS_BUDGET_PER_MINUTE = 20_000;

/**
 * Analytics work is fair-shared per account: each account may spend a budget of cost units per minute,
 * whoever (session or API key) asks. Past it, RATE_LIMITED with retryAfter until the minute ends, so one
 * account cannot take the process's CPU from others and from the redirects. Counted per process, like
 * the other throttles; a GraphQL request is charged as a whole, aliases included, before it runs.
 */
export class AnalyticsBudget {
  private readonly limiter: RateLimiterMemory | null;

  constructor(perMinute = ANALYTICS_BUDGET_PER_MINUTE) {
    this.limiter = perMinute > 0 ? new RateLimiterMemory({ points: perMinute, duration: 60 }) : null;
  }

  /** Spends `cost` of the account's budget, or throws RATE_LIMITED (nothing is spent) when it is used up. */
  async charge(accountId: string, cost: number): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(accountId, cost);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      // A refused request does not eat into the next one's allowance within this minute.
      await this.limiter.reward(accountId, cost);
      const wait = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      const error = rateLimited(
        wait,
        `This account's analytics budget is spent for now. Try again in ${wait} seconds.`,
      );
      // Refused before execution: Apollo would answer 500 without a status of our choosing.
      error.extensions.http = { status: 200 };
      throw error;
    }
  }
}
