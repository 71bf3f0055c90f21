import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { Channel } from '../../../gql/graphql';
import { mapFormErrors, type FormErrors } from '../../../lib/errors';
import {
  currency,
  focusFirstInvalid,
  optionalDestinationUrl,
  text,
  validateAll,
} from '../../../lib/validate';
import { ConversionTrackingField } from '../../links/components/ConversionTrackingField';
import { CHANNELS } from '../channels';
import { addCampaignToLists } from '../graphql/cache';
import { CreateCampaignDocument, UpdateCampaignDocument } from '../graphql/campaigns';

const FIELDS = ['name', 'channel', 'destinationUrl', 'currency', 'conversionTracking'] as const;
type CampaignField = (typeof FIELDS)[number];

export const CampaignFormDialog_campaign = graphql(`
  fragment CampaignFormDialog_campaign on Campaign {
    id
    name
    channel
    destinationUrl
    currency
    conversionTracking
  }
`);

interface CampaignFormDialogProps {
  /** The campaign to edit; absent to create a new one. */
  campaign?: FragmentType<typeof CampaignFormDialog_campaign>;
  onClose: () => void;
  /** Called with the new campaign's id after a create. */
  onCreated?: (id: string) => void;
}

/** New Campaign and Edit: server errors land on the field they name. */
export function CampaignFormDialog({ campaign: campaignRef, onClose, onCreated }: CampaignFormDialogProps) {
  const campaign = useFragment(CampaignFormDialog_campaign, campaignRef);
  const editing = Boolean(campaign);
  const id = useId();
  const [errors, setErrors] = useState<FormErrors<CampaignField>>({ fields: {}, form: null });
  const [tracking, setTracking] = useState(campaign?.conversionTracking ?? false);
  const [createCampaign, created] = useMutation(CreateCampaignDocument, {
    update(cache, { data }) {
      if (data) addCampaignToLists(cache, data.createCampaign.id);
    },
  });
  const [updateCampaign, updated] = useMutation(UpdateCampaignDocument);
  const saving = created.loading || updated.loading;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: CampaignField) => String(form.get(name) ?? '').trim();
    const input = {
      name: value('name'),
      channel: value('channel') as Channel,
      destinationUrl: value('destinationUrl') || null,
      currency: value('currency').toUpperCase() || 'USD',
      conversionTracking: tracking,
    };
    // Every field at once: the server would name only the first problem.
    const invalid = validateAll(
      { name: input.name, destinationUrl: value('destinationUrl'), currency: value('currency') },
      { name: text('Name', 200, { required: true }), destinationUrl: optionalDestinationUrl, currency },
    );
    if (Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, form: null });
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setErrors({ fields: {}, form: null });
    try {
      if (campaign) {
        await updateCampaign({ variables: { id: campaign.id, input } });
      } else {
        const result = await createCampaign({ variables: { input } });
        if (result.data) onCreated?.(result.data.createCampaign.id);
      }
      onClose();
    } catch (error) {
      setErrors(mapFormErrors(error, FIELDS));
    }
  };

  const channelError = errors.fields.channel;
  return (
    <Dialog title={editing ? 'Edit campaign' : 'New campaign'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="link-form">
        <FormError message={errors.form} />
        <Field
          label="Name"
          note="(required)"
          name="name"
          required
          maxLength={200}
          data-autofocus
          defaultValue={campaign?.name}
          placeholder="Spring sale — WhatsApp, March"
          hint="For your reference; recipients never see it."
          error={errors.fields.name}
        />
        <div className={`field ${channelError ? 'has-error' : ''}`}>
          <label htmlFor={`${id}-channel`}>Channel</label>
          <select
            id={`${id}-channel`}
            name="channel"
            defaultValue={campaign?.channel ?? 'WHATSAPP'}
            aria-invalid={channelError ? true : undefined}
            aria-describedby={channelError ? `${id}-channel-error` : undefined}
          >
            {CHANNELS.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {channelError && (
            <p className="field-error" id={`${id}-channel-error`}>
              {channelError}
            </p>
          )}
        </div>
        <Field
          label="Default destination URL"
          note="(optional)"
          name="destinationUrl"
          type="url"
          inputMode="url"
          defaultValue={campaign?.destinationUrl ?? ''}
          placeholder="https://example.com/spring-offer"
          hint={
            editing
              ? 'Where new recipient links lead unless a row of the CSV names its own. Existing links keep theirs.'
              : 'Where recipient links lead unless a row of the CSV names its own destination_url.'
          }
          error={errors.fields.destinationUrl}
        />
        <Field
          label="Currency"
          name="currency"
          defaultValue={campaign?.currency ?? 'USD'}
          maxLength={3}
          autoComplete="off"
          spellCheck={false}
          className="field-short"
          hint="ISO 4217 code of conversion values, e.g. USD, EUR, BRL."
          error={errors.fields.currency}
        />
        <ConversionTrackingField
          scope="campaign"
          checked={tracking}
          onChange={setTracking}
          currency={campaign?.currency}
          error={errors.fields.conversionTracking}
        />
        <DialogFormActions
          submitLabel={editing ? 'Save changes' : 'Create Campaign'}
          busyLabel="Saving…"
          busy={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
