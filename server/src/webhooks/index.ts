import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { WebhookDispatcher } from './webhook-dispatcher';
import { SecretBox } from './webhook-secret';
import { WebhookService } from './webhook.service';

export { enqueueClickEvents, enqueueWebhookEvents, linkEventData, type Sql } from './webhook-events';
export { WebhookEventType } from './webhook.types';
export { registerWebhookMetrics } from './webhook.metrics';
export { WebhookResolver } from './webhook.resolver';

/** The webhooks domain of one process: management (the GraphQL service) and the outbox's dispatcher. */
export function createWebhooks(db: DataSource, config: Config) {
  const secrets = new SecretBox(config.sessionSecret);
  const dispatcher = new WebhookDispatcher(db, secrets, {
    retryDelays: config.webhookRetryDelays,
    maxConsecutiveFailures: config.webhookMaxConsecutiveFailures,
    allowPrivate: config.webhookAllowPrivate,
    onError: (error) => console.error(`Webhook dispatcher: ${(error as Error).message}; retrying`),
  });
  const service = new WebhookService(db, secrets, {
    allowPrivate: config.webhookAllowPrivate,
    onQueued: () => dispatcher.nudge(),
  });
  return { service, dispatcher };
}
export type Webhooks = ReturnType<typeof createWebhooks>;
