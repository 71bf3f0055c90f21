import 'reflect-metadata';
import { workerData } from 'node:worker_threads';
import { unwrapResolverError } from '@apollo/server/errors';
import { execute, parse, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Viewer } from './accounts/viewer';
import { createAnalytics } from './analytics';
import { createCampaigns } from './campaigns';
import type { Config } from './config';
import type { Context } from './context';
import type { AppEvents, Core } from './core';
import { createDataSource, createPool } from './db/data-source';
import { createLinks } from './links';
import { formatError } from './graphql/format-error';
import type { OffloadAnswer, OffloadTask } from './graphql/offload';
import { isDatabaseUnavailable } from './graphql/unavailable';
import { createSchema } from './schema';
import { EventBus } from './shared/events';
import { lowerThreadPriority } from './shared/thread-priority';

/**
 * A worker thread answering the analytics queries (graphql/offload.ts): the read side of links,
 * analytics and campaigns over a small pool of its own; nothing here writes, so no event leaves it.
 */
export interface AnalyticsWorkerData {
  config: Config;
  databaseUrl: string;
  connections: number;
}

interface Runtime {
  schema: GraphQLSchema;
  context: (viewer: Viewer | null) => Context;
  /** Connects on first use, and again after a failed try (the database may be away when the thread starts). */
  connected: () => Promise<void>;
}

async function start({ config, databaseUrl, connections }: AnalyticsWorkerData): Promise<Runtime> {
  lowerThreadPriority();
  const pool = createPool(databaseUrl, connections);
  const dataSource = createDataSource(pool);
  const events = new EventBus<AppEvents>((error) => console.error('Event listener failed:', error));
  const core: Core = {
    config,
    database: { pool, dataSource, url: databaseUrl, embedded: false, close: () => dataSource.destroy() },
    events,
  };
  const noViewer = () => Promise.resolve(null);
  const links = createLinks(core);
  const analytics = createAnalytics(core, { links: links.reader, viewerFor: noViewer });
  const campaigns = createCampaigns(core, {
    links: links.services.links,
    linkReader: links.reader,
    clickStats: analytics.services.clickStats,
    viewerFor: noViewer,
  });
  const services = { ...links.services, ...analytics.services, ...campaigns.services };
  const schema = await createSchema();
  let connecting: Promise<unknown> | null = null;
  return {
    schema,
    async connected() {
      if (dataSource.isInitialized) return;
      connecting ??= dataSource.initialize().finally(() => (connecting = null));
      await connecting;
    },
    context: (viewer) =>
      ({
        viewer,
        services,
        loaders: {
          ...links.loaders(viewer?.accountId ?? null),
          ...campaigns.loaders(viewer?.accountId ?? null),
        },
      }) as unknown as Context,
  };
}

const data = workerData as AnalyticsWorkerData;
const runtime = start(data);

/** Errors as Apollo's formatting would leave them: a code always, then the server's formatError. */
function format(error: GraphQLError) {
  const formatted = error.toJSON();
  const extensions = { code: 'INTERNAL_SERVER_ERROR', ...formatted.extensions };
  return formatError({ ...formatted, extensions }, error, data.config.isProduction);
}

/** Answers one operation; `null` only loads and connects (OffloadPool.warm). */
export default async function answer(task: OffloadTask | null): Promise<OffloadAnswer | null> {
  const { schema, context, connected } = await runtime;
  if (task === null) {
    await connected().catch(() => undefined);
    return null;
  }
  await connected();
  const result = await execute({
    schema,
    document: parse(task.query),
    operationName: task.operationName,
    variableValues: task.variables,
    contextValue: context(task.viewer as Viewer | null),
  });
  return {
    data: result.data == null ? null : JSON.stringify(result.data),
    ...(result.errors?.length ? { errors: result.errors.map(format) } : {}),
    unavailable: Boolean(result.errors?.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))),
  };
}
