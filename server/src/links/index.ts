import type { Core } from '../core';
import { createLoaders } from './link.loaders';
import { LinkReader } from './link.reader';
import { LinkResolver } from './link.resolver';
import { LinkService } from './link.service';

export const linkResolvers = [LinkResolver] as const;

/** Short links: their rules, their one reader (every other domain reads links through it), their events. */
export function createLinks({ config, database, events }: Core) {
  const reader = new LinkReader(database.dataSource);
  const links = new LinkService(database.dataSource, config.publicBaseUrl, reader, events, config.port);
  return {
    reader,
    services: { links },
    loaders: (accountId: string | null) => createLoaders(database.dataSource, reader, accountId),
  };
}
export type LinksModule = ReturnType<typeof createLinks>;
