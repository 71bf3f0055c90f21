import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorInfos } from '../../../lib/errors';
import {
  SendTestWebhookDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
} from '../graphql/webhooks';

/** Turning a webhook on or off and sending it a test message, with one line saying how it went. */
export function useWebhookActions() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [update] = useMutation(UpdateWebhookDocument);
  const [sendTest] = useMutation(SendTestWebhookDocument, { refetchQueries: [WebhookDeliveriesDocument] });

  const setEnabled = async (id: string, enabled: boolean) => {
    try {
      await update({ variables: { id, input: { enabled } } });
      setMessage({
        text: enabled ? 'Webhook enabled: events are sent again.' : 'Webhook disabled.',
        error: false,
      });
    } catch (e) {
      setMessage({ text: errorInfos(e)[0]?.message ?? 'Could not change the webhook.', error: true });
    }
  };

  const test = async (id: string) => {
    try {
      await sendTest({ variables: { id } });
      setMessage({ text: 'Test message queued: see it in the deliveries log.', error: false });
    } catch (e) {
      setMessage({ text: errorInfos(e)[0]?.message ?? 'Could not send a test message.', error: true });
    }
  };

  return { message, setEnabled, test };
}
