import type { DataSource } from 'typeorm';
import { SIGN_UPS_PER_HOUR } from '../config';
import { cleanText, isUniqueViolation, normaliseEmail } from '../shared/validation';
import { AppError, badInput, forbidden, notFound, rateLimited, unauthenticated } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { RefusalHold } from '../security/refusal-hold';
import { SlidingWindowLimiter, throttleKey } from '../security/sliding-window';
import { Account } from './account.entity';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { LoginThrottle } from './login-throttle';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { Session } from './session.entity';
import { randomToken, sha256Hex } from './tokens';
import { User } from './user.entity';
import type { Viewer } from './viewer';

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
// No spaces or control characters (PostgreSQL cannot even store a NUL in text).
const EMAIL_RE = /^[^\s@\u0000-\u001f\u007f]+@[^\s@\u0000-\u001f\u007f]+\.[^\s@\u0000-\u001f\u007f]+$/;
// Recording every request's use would be a write per API call; a minute's precision is enough.
const LAST_USED_PRECISION_MS = 60_000;

export interface SignUpValues {
  email: string;
  password: string;
  accountName: string;
}

function validEmail(raw: unknown): string {
  const email = normaliseEmail(raw);
  if (email === '') throw badInput('email', 'Email is required');
  if (email.length > 254 || !EMAIL_RE.test(email)) throw badInput('email', 'Enter a valid email address');
  return email;
}

export interface AccountServiceOptions {
  signUpEnabled?: boolean;
  loginThrottle?: LoginThrottle;
  /** Sign-ups allowed per client address and hour (0: unlimited). */
  signUpsPerHour?: number;
  /** How refused sign-ups and log-ins are held before the answer (see RefusalHold). */
  refusals?: RefusalHold;
}

export class AccountService {
  private readonly loginThrottle: LoginThrottle;
  private readonly signUpEnabled: boolean;
  /** Counted in this process, like the log-in throttle's per-address count. */
  private readonly signUpsByAddress: SlidingWindowLimiter | null;
  readonly refusals: RefusalHold;

  constructor(
    private readonly db: DataSource,
    options: AccountServiceOptions = {},
  ) {
    this.signUpEnabled = options.signUpEnabled ?? true;
    this.loginThrottle = options.loginThrottle ?? new LoginThrottle(db);
    this.refusals = options.refusals ?? new RefusalHold();
    const perHour = options.signUpsPerHour ?? SIGN_UPS_PER_HOUR;
    this.signUpsByAddress =
      perHour > 0 ? new SlidingWindowLimiter({ limit: perHour, windowMs: 3_600_000 }) : null;
  }

  /**
   * Each sign-up costs a password hash, so one address may start only a few an hour: counted once the
   * input is valid (a typo costs nothing), refused with RATE_LIMITED before any hashing.
   */
  async signUp(input: SignUpValues, ip?: string | null): Promise<{ user: User; account: Account }> {
    if (!this.signUpEnabled) throw forbidden('Sign-up is turned off on this server');
    const email = validEmail(input.email);
    const password = typeof input.password === 'string' ? input.password : '';
    if (password.length < 8) throw badInput('password', 'Password must be at least 8 characters');
    if (password.length > 200) throw badInput('password', 'Password must be at most 200 characters');
    const accountName = cleanText(input.accountName, {
      field: 'accountName',
      label: 'Account name',
      max: 100,
      required: true,
    });

    const wait = this.signUpsByAddress?.take(throttleKey(ip)) ?? 0;
    if (wait > 0) {
      await this.refusals.hold();
      throw rateLimited(wait);
    }
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (tx) => {
      const taken = await tx
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .getExists();
      if (taken) throw badInput('email', 'An account with this email already exists');
      const account = await tx
        .getRepository(Account)
        .save(tx.getRepository(Account).create({ name: accountName }));
      try {
        const user = await tx
          .getRepository(User)
          .save(tx.getRepository(User).create({ accountId: account.id, email, passwordHash }));
        return { user, account };
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('email', 'An account with this email already exists');
        throw error;
      }
    });
  }

  /**
   * A wrong password and an unknown email answer alike, and take as long. Repeated failures for one
   * email or from one address are refused with RATE_LIMITED before any password is checked.
   */
  async logIn(rawEmail: unknown, password: unknown, ip?: string | null): Promise<User> {
    const email = normaliseEmail(rawEmail);
    const pass = typeof password === 'string' ? password : '';
    const emailKey = LoginThrottle.emailKey(email);
    try {
      await this.loginThrottle.check(emailKey, ip);
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') await this.refusals.hold();
      throw error;
    }
    // A NUL byte is no valid email and PostgreSQL rejects it in text: such a query could only fail.
    const lookup = email !== '' && email.length <= 254 && !email.includes('\u0000');
    const user = lookup
      ? await this.db
          .getRepository(User)
          .createQueryBuilder('u')
          .where('lower(u.email) = :email', { email })
          .getOne()
      : null;
    const ok = await verifyPassword(pass, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || pass === '') {
      await this.loginThrottle.recordFailure(emailKey, ip);
      throw unauthenticated('Wrong email or password');
    }
    await this.loginThrottle.recordSuccess(emailKey);
    return user;
  }

  async createSession(userId: string): Promise<{ token: string; session: Session }> {
    await this.sweepExpiredSessions();
    const token = randomToken();
    const session = await this.db.getRepository(Session).save({
      id: sha256Hex(token),
      userId,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return { token, session };
  }

  /** Expired sessions answer nothing but would pile up: drop them, at most once a minute per process. */
  private lastSweep = 0;
  private async sweepExpiredSessions(): Promise<void> {
    if (Date.now() - this.lastSweep < 60_000) return;
    this.lastSweep = Date.now();
    await this.db.query(`DELETE FROM sessions WHERE expires_at < now()`);
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).delete({ id: sessionId });
  }

  async viewerFromSession(token: string): Promise<Viewer | null> {
    const rows: { id: string; user_id: string; account_id: string }[] = await this.db.query(
      `SELECT s.id, s.user_id, u.account_id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now()`,
      [sha256Hex(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      accountId: row.account_id,
      userId: row.user_id,
      apiKeyId: null,
      scope: ApiKeyScope.READ_WRITE,
      sessionId: row.id,
    };
  }

  /**
   * Runs for every request an integration makes, on the thread that answers redirects: one plain
   * query (the ORM's query builder cost more main-thread time than the database did).
   */
  async viewerFromApiKey(secret: string): Promise<Viewer | null> {
    const rows: { id: string; account_id: string; scope: ApiKeyScope; stale: boolean }[] =
      await this.db.query(
        `SELECT id, account_id, scope,
              last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2) AS stale
         FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL`,
        [sha256Hex(secret), LAST_USED_PRECISION_MS / 1000],
      );
    const key = rows[0];
    if (!key) return null;
    if (key.stale) await this.db.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [key.id]);
    return { accountId: key.account_id, userId: null, apiKeyId: key.id, scope: key.scope, sessionId: null };
  }

  /** Only the preferences given change; `excludeBots` must be a boolean when present. */
  async updatePreferences(userId: string, input: { excludeBots?: boolean | null }): Promise<User> {
    const repo = this.db.getRepository(User);
    if (input.excludeBots !== undefined && input.excludeBots !== null) {
      if (typeof input.excludeBots !== 'boolean')
        throw badInput('excludeBots', 'excludeBots must be true or false');
      await repo.update({ id: userId }, { excludeBots: input.excludeBots });
    }
    const user = await repo.findOne({ where: { id: userId } });
    if (!user) throw unauthenticated();
    return user;
  }

  async findUser(userId: string): Promise<User | null> {
    return this.db.getRepository(User).findOne({ where: { id: userId } });
  }

  async findAccount(accountId: string): Promise<Account | null> {
    return this.db.getRepository(Account).findOne({ where: { id: accountId } });
  }

  listApiKeys(accountId: string): Promise<ApiKey[]> {
    return this.db.query(
      `SELECT id, account_id AS "accountId", name, prefix, scope, created_at AS "createdAt", last_used_at AS "lastUsedAt"
         FROM api_keys WHERE account_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id DESC`,
      [accountId],
    );
  }

  async createApiKey(
    accountId: string,
    rawName: unknown,
    scope: ApiKeyScope,
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const name = cleanText(rawName, { field: 'name', label: 'Name', max: 100, required: true });
    if (!Object.values(ApiKeyScope).includes(scope)) throw badInput('scope', 'Unknown scope');
    const secret = `sl_${randomToken()}`;
    const repo = this.db.getRepository(ApiKey);
    const apiKey = await repo.save(
      repo.create({
        accountId,
        name,
        scope,
        prefix: secret.slice(0, 10),
        secretHash: sha256Hex(secret),
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { apiKey, secret };
  }

  async revokeApiKey(accountId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('API key');
    const rows: unknown[] = await this.db.query(
      `WITH revoked AS (
         UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING id
       ) SELECT id FROM revoked`,
      [id, accountId],
    );
    if (rows.length === 0) throw notFound('API key');
  }
}
