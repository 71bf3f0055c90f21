import type { Registry } from 'prom-client';
import type { Core } from '../core';
import { enqueueClickEvents, enqueueWebhookEvents, linkEventData } from './webhook-events';
import { WebhookDispatcher } from './webhook-dispatcher';
import { registerWebhookMetrics } from './webhook.metrics';
import { WebhookResolver } from './webhook.resolver';
import { SecretBox } from './webhook-secret';
import { WebhookService } from './webhook.service';
import { WebhookEventType } from './webhook.types';

export { enqueueWebhookEvents, isSubscribed, linkEventData, type Sql } from './webhook-events';
export { WebhookEventType } from './webhook.types';

export const webhookResolvers = [WebhookResolver] as const;

/**
 * Webhooks: management (GraphQL), the outbox written in the transactions of the events it carries,
 * and the dispatcher that sends it. Other domains store their events with `enqueueWebhookEvents`.
 */
export function createWebhooks(
  { config, database, events }: Core,
  deps: { shortUrl: (code: string) => string },
) {
  const db = database.dataSource;
  const secrets = new SecretBox(config.sessionSecret);
  const dispatcher = new WebhookDispatcher(db, secrets, {
    retryDelays: config.webhookRetryDelays,
    maxConsecutiveFailures: config.webhookMaxConsecutiveFailures,
    allowPrivate: config.webhookAllowPrivate,
    onError: (error) => console.error(`Webhook dispatcher: ${(error as Error).message}; retrying`),
  });
  const webhooks = new WebhookService(db, secrets, {
    allowPrivate: config.webhookAllowPrivate,
    onQueued: () => dispatcher.nudge(),
  });

  // In the writers' transactions: the messages commit with the clicks or the link change, or not at all.
  events.onTransaction('clicks.recorded', ({ clicks }, tx) =>
    enqueueClickEvents(
      tx,
      clicks.map((c) => c.id),
    ),
  );
  events.onTransaction('link.created', ({ accountId, link }, tx) =>
    enqueueWebhookEvents(tx, accountId, WebhookEventType.LINK_CREATED, [
      linkEventData(link, deps.shortUrl(link.code)),
    ]),
  );
  events.onTransaction('link.updated', ({ accountId, link }, tx) =>
    enqueueWebhookEvents(tx, accountId, WebhookEventType.LINK_UPDATED, [
      linkEventData(link, deps.shortUrl(link.code)),
    ]),
  );
  events.onTransaction('link.deleted', ({ accountId, link }, tx) =>
    enqueueWebhookEvents(tx, accountId, WebhookEventType.LINK_DELETED, [
      { link: { id: link.id, code: link.code } },
    ]),
  );
  // After the commit: send now rather than at the next poll.
  const nudge = () => dispatcher.nudge();
  for (const type of [
    'clicks.recorded',
    'link.created',
    'link.updated',
    'link.deleted',
    'campaign.events.recorded',
  ] as const)
    events.on(type, nudge);

  return {
    services: { webhooks, webhookDispatcher: dispatcher },
    start(registry: Registry) {
      registerWebhookMetrics(registry, dispatcher, db);
      dispatcher.start();
    },
    /** Claims nothing more; attempts in flight finish and are recorded. Unsent messages wait in the outbox. */
    close: () => dispatcher.stop(),
  };
}
export type WebhooksModule = ReturnType<typeof createWebhooks>;
