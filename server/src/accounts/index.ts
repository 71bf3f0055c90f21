import type { Request } from 'express';
import type { Core } from '../core';
import { AccountFieldsResolver, AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { readBearer, SessionCookies } from './session';
import type { Viewer } from './viewer';

export const accountResolvers = [AccountResolver, AccountFieldsResolver] as const;

/** Accounts, users, sessions and API keys; tells every other domain who is calling. */
export function createAccounts({ config, database }: Core) {
  const accounts = new AccountService(database.dataSource, {
    signUpEnabled: config.signUpEnabled,
    signUpsPerHour: config.signUpsPerHour,
  });
  const sessions = new SessionCookies(config);
  /** The caller of an HTTP request: a Bearer API key, else the session cookie, else nobody. */
  async function viewerFor(req: Request): Promise<Viewer | null> {
    const bearer = readBearer(req);
    if (bearer) return accounts.viewerFromApiKey(bearer);
    const token = sessions.read(req);
    return token ? accounts.viewerFromSession(token) : null;
  }
  return { services: { accounts, sessions }, viewerFor };
}
export type AccountsModule = ReturnType<typeof createAccounts>;
