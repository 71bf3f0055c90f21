import type { DataSource } from 'typeorm';
import { rateLimited } from '../shared/errors';
import { SlidingWindowLimiter, throttleKey } from '../security/sliding-window';
import { sha256Hex } from './tokens';

export interface LoginThrottleOptions {
  /** Failed log-ins allowed per email within the window (counted in the database, across replicas). */
  perAccount: number;
  /** Failed log-ins allowed per client address within the window (counted in this process). */
  perAddress: number;
  windowMs: number;
}

export const LOGIN_THROTTLE_DEFAULTS: LoginThrottleOptions = {
  perAccount: 10,
  perAddress: 30,
  windowMs: 15 * 60_000,
};

const SWEEP_EVERY_MS = 60_000;

/**
 * Brute-force brakes for logIn. Checked before the password is hashed, so a throttled caller costs
 * no scrypt work either. Unknown emails are counted like known ones: the answer never tells them apart.
 */
export class LoginThrottle {
  private readonly byAddress: SlidingWindowLimiter;
  private lastSweep = 0;

  constructor(
    private readonly db: DataSource,
    private readonly options: LoginThrottleOptions = LOGIN_THROTTLE_DEFAULTS,
  ) {
    this.byAddress = new SlidingWindowLimiter({ limit: options.perAddress, windowMs: options.windowMs });
  }

  static emailKey(normalisedEmail: string): string {
    return sha256Hex(normalisedEmail);
  }

  /** Fails with RATE_LIMITED (and the seconds to wait) when the email or the address failed too often. */
  async check(emailKey: string, ip: string | null | undefined): Promise<void> {
    const addressWait = this.byAddress.retryAfter(throttleKey(ip));
    if (addressWait > 0) throw rateLimited(addressWait);
    // The perAccount-th most recent failure in the window: once it ages out, the email may try again.
    const rows: { wait: number }[] = await this.db.query(
      `SELECT ceil(extract(epoch FROM failed_at + make_interval(secs => $2) - now()))::int AS wait
         FROM login_failures
        WHERE email_key = $1 AND failed_at > now() - make_interval(secs => $2)
        ORDER BY failed_at DESC OFFSET $3 LIMIT 1`,
      [emailKey, this.options.windowMs / 1000, this.options.perAccount - 1],
    );
    if (rows[0]) throw rateLimited(Math.max(1, rows[0].wait));
  }

  async recordFailure(emailKey: string, ip: string | null | undefined): Promise<void> {
    this.byAddress.hit(throttleKey(ip));
    await this.db.query(`INSERT INTO login_failures (email_key) VALUES ($1)`, [emailKey]);
    if (Date.now() - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = Date.now();
      await this.db.query(`DELETE FROM login_failures WHERE failed_at < now() - make_interval(secs => $1)`, [
        this.options.windowMs / 1000,
      ]);
    }
  }

  /** A successful log-in forgives the email's earlier failures (the address's stay counted). */
  async recordSuccess(emailKey: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE email_key = $1`, [emailKey]);
  }
}
