import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import type { WebhookEventType } from '../../../gql/graphql';
import { mapFormErrors, type FormErrors } from '../../../lib/errors';
import { focusFirstInvalid, text, validateAll, webhookUrl } from '../../../lib/validate';
import { CreateWebhookDocument, WebhooksDocument } from '../graphql/webhooks';
import { WEBHOOK_EVENTS } from './events';
import { SecretDialog } from './SecretDialog';

const FIELDS = ['url', 'events', 'description'] as const;
type WebhookField = (typeof FIELDS)[number];

/** New webhook: URL, events, description; then its signing secret, once. */
export function CreateWebhookDialog({ onClose }: { onClose: () => void }) {
  const [create, { loading }] = useMutation(CreateWebhookDocument, {
    refetchQueries: [WebhooksDocument],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<FormErrors<WebhookField>>({ fields: {}, form: null });
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const events = form.getAll('events') as WebhookEventType[];
    const url = String(form.get('url') ?? '').trim();
    const description = String(form.get('description') ?? '').trim();
    // Every field at once: the server would name only the first problem.
    const invalid: Partial<Record<WebhookField, string>> = validateAll(
      { url, description },
      { url: webhookUrl, description: text('The description', 500) },
    );
    if (events.length === 0) invalid.events = 'Choose at least one event type';
    if (Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, form: null });
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setErrors({ fields: {}, form: null });
    try {
      const result = await create({
        variables: { input: { url, events, description: description || null } },
      });
      setSecret(result.data!.createWebhook.secret);
    } catch (error) {
      setErrors(mapFormErrors(error, FIELDS));
    }
  };

  if (secret) return <SecretDialog title="Your webhook's signing secret" secret={secret} onClose={onClose} />;

  return (
    <Dialog title="New webhook" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors.form} />
        <Field
          label="Endpoint URL"
          name="url"
          type="url"
          required
          maxLength={2048}
          data-autofocus
          placeholder="https://crm.example.com/hooks/smart-links"
          hint="We POST each event here as JSON. It must answer 2xx within 10 seconds."
          error={errors.fields.url}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
        />
        <fieldset
          className={`field event-choices ${errors.fields.events ? 'has-error' : ''}`}
          aria-describedby={errors.fields.events ? 'webhook-events-error' : undefined}
        >
          <legend>Events</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event.value}>
              <input
                type="checkbox"
                name="events"
                value={event.value}
                defaultChecked={event.value === 'CLICK_RECORDED'}
                aria-invalid={errors.fields.events ? true : undefined}
              />
              <span>
                {event.label} <code>{event.type}</code>
                <span className="field-hint">{event.hint}</span>
              </span>
            </label>
          ))}
          {errors.fields.events && (
            <p className="field-error" id="webhook-events-error">
              {errors.fields.events}
            </p>
          )}
        </fieldset>
        <Field
          label="Description"
          note="(optional)"
          name="description"
          maxLength={500}
          placeholder="CRM sync"
          error={errors.fields.description}
        />
        <div className="dialog-footer">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create webhook'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
