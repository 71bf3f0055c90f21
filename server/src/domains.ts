import type { Registry } from 'prom-client';
import type { Express } from 'express';
import { Account } from './accounts/account.entity';
import { ApiKey } from './accounts/api-key.entity';
import { Session } from './accounts/session.entity';
import { User } from './accounts/user.entity';
import { accountResolvers, createAccounts } from './accounts';
import { analyticsResolvers, createAnalytics } from './analytics';
import { campaignEntities } from './campaigns/campaign.entities';
import type { CampaignEvents } from './campaigns/campaign.events';
import { campaignResolvers, createCampaigns } from './campaigns';
import type { ClickEvents } from './clicks/click.events';
import { createClicks } from './clicks';
import type { Core } from './core';
import { Link } from './links/link.entity';
import type { LinkEvents } from './links/link.events';
import { createLinks, linkResolvers } from './links';
import { createWebhooks, webhookResolvers } from './webhooks';

/**
 * Every domain, in the order they are built: each from the core and what the ones before it offer.
 * A new domain adds its line here, its resolvers, tables and events below (and its migrations to
 * db/migrations/index.ts); the composition root (app.ts) takes each one's services, per-request
 * loaders, routes, start and close from what it returns.
 */
export async function createDomains(core: Core) {
  const accounts = createAccounts(core);
  const links = createLinks(core);
  const clicks = await createClicks(core, { links: links.reader });
  const analytics = createAnalytics(core, { links: links.reader, viewerFor: accounts.viewerFor });
  const webhooks = createWebhooks(core, { shortUrl: (code) => links.services.links.shortUrl(code) });
  const campaigns = createCampaigns(core, {
    links: links.services.links,
    linkReader: links.reader,
    clickStats: analytics.services.clickStats,
    viewerFor: accounts.viewerFor,
  });
  return { accounts, links, clicks, analytics, webhooks, campaigns };
}

export const domainResolvers = [
  ...accountResolvers,
  ...linkResolvers,
  ...analyticsResolvers,
  ...webhookResolvers,
  ...campaignResolvers,
] as const;

/** The tables TypeORM maps (the click pipeline and webhooks use plain SQL). */
export const domainEntities = [Account, User, Session, ApiKey, Link, ...campaignEntities];

/** Every domain's events, on the one bus. */
export type AppEvents = LinkEvents & ClickEvents & CampaignEvents;

/** What the composition root takes from a domain; every part is optional. */
export interface Domain {
  services?: object;
  loaders?: (accountId: string | null) => object;
  routes?: (app: Express) => void;
  start?: (registry: Registry) => void;
  close?: () => Promise<void>;
}

export type Domains = Awaited<ReturnType<typeof createDomains>>;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Each<K extends keyof Domain> = {
  [D in keyof Domains]: Domains[D] extends Required<Pick<Domain, K>> ? Domains[D][K] : never;
}[keyof Domains];

/** Every domain's services together (shared by the resolvers and the HTTP routes). */
export type DomainServices = Intersection<Each<'services'>>;
/** Every domain's per-request DataLoaders together. */
export type DomainLoaders = Intersection<ReturnType<Each<'loaders'>>>;
