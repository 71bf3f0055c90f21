import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { Field } from '../../../components/Field';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { mapFormErrors, type FormErrors } from '../../../lib/errors';
import { browserTimeZone, displayUrl, fromLocalInputValue, toLocalInputValue } from '../../../lib/format';
import { MeDocument, SignedInViewer } from '../../auth/graphql/auth';
import { useToast } from '../../../components/toast-context';
import { CreateLinkDocument, UpdateLinkDocument } from '../graphql/links';
import { addLinkToLists } from '../graphql/cache';
import { FormError } from '../../../components/FormError';
import { ConversionTrackingField } from './ConversionTrackingField';
import {
  customCode as validCode,
  destinationUrl as validDestination,
  focusFirstInvalid,
  validateAll,
} from '../../../lib/validate';

const FIELDS = ['destinationUrl', 'title', 'customCode', 'expiresAt', 'conversionTracking'] as const;
type LinkField = (typeof FIELDS)[number];

export const LinkFormDialog_link = graphql(`
  fragment LinkFormDialog_link on Link {
    id
    code
    destinationUrl
    title
    expiresAt
    conversionTracking
  }
`);

interface LinkFormDialogProps {
  /** The link to edit; absent to create a new one. */
  link?: FragmentType<typeof LinkFormDialog_link>;
  /** Creates a shared link of this campaign. */
  campaign?: { id: string; name: string; conversionTracking?: boolean };
  onClose: () => void;
  /** After a successful Create or Save, with the link's id (the list highlights it). */
  onSaved?: (id: string) => void;
}

/** New Link and Edit: the product page's four fields; server errors land on the field they name. */
export function LinkFormDialog({ link: linkRef, campaign, onClose, onSaved }: LinkFormDialogProps) {
  const toast = useToast();
  // Already cached by the sign-in: no request of its own.
  const me = useFragment(SignedInViewer, useQuery(MeDocument, { fetchPolicy: 'cache-only' }).data?.me);
  const shortUrlBase = me?.account.shortUrlBase;
  const [code, setCode] = useState('');
  const timeZone = browserTimeZone();
  const link = useFragment(LinkFormDialog_link, linkRef);
  const editing = Boolean(link);
  const [errors, setErrors] = useState<FormErrors<LinkField>>({ fields: {}, form: null });
  const [tracking, setTracking] = useState(link?.conversionTracking ?? false);
  const [createLink, created] = useMutation(CreateLinkDocument, {
    update(cache, { data }) {
      if (!data) return;
      addLinkToLists(cache, data.createLink.id, campaign?.id);
      if (campaign) {
        cache.modify({
          id: cache.identify({ __typename: 'Campaign', id: campaign.id }),
          fields: { linkCount: (n: number) => n + 1 },
        });
      }
    },
  });
  const [updateLink, updated] = useMutation(UpdateLinkDocument);
  const saving = created.loading || updated.loading;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: LinkField) => String(form.get(name) ?? '').trim();
    const expiresRaw = value('expiresAt');
    const expiresAt = fromLocalInputValue(expiresRaw);
    // Every field at once: the server would name only the first problem.
    const invalid: Partial<Record<LinkField, string>> = validateAll(
      { destinationUrl: value('destinationUrl'), customCode: editing ? '' : value('customCode') },
      { destinationUrl: validDestination, customCode: validCode },
    );
    if (expiresRaw && !expiresAt) invalid.expiresAt = 'Enter a valid date and time';
    else if (expiresAt && !link && Date.parse(expiresAt) <= Date.now()) {
      invalid.expiresAt = 'Expiration date must be in the future';
    }
    if (Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, form: null });
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setErrors({ fields: {}, form: null });
    try {
      if (link) {
        // The field shows minutes only: send the expiry only when it was changed, so an untouched one
        // (even one already passed) is kept exactly.
        const expiryChanged = expiresRaw !== toLocalInputValue(link.expiresAt);
        const { data } = await updateLink({
          variables: {
            id: link.id,
            input: {
              destinationUrl: value('destinationUrl'),
              title: value('title') || null,
              conversionTracking: tracking,
              ...(expiryChanged ? { expiresAt } : {}),
            },
          },
        });
        if (data) {
          toast({ title: 'Changes saved', detail: displayUrl(data.updateLink.shortUrl) });
          onSaved?.(data.updateLink.id);
        }
      } else {
        const { data } = await createLink({
          variables: {
            input: {
              destinationUrl: value('destinationUrl'),
              title: value('title') || null,
              customCode: value('customCode') || null,
              expiresAt,
              conversionTracking: tracking,
              ...(campaign ? { campaignId: campaign.id } : {}),
            },
          },
        });
        if (data) {
          const { id, shortUrl } = data.createLink;
          toast({
            title: 'Link created',
            detail: displayUrl(shortUrl),
            copyText: shortUrl,
            copyLabel: 'Copy the new short URL',
          });
          onSaved?.(id);
        }
      }
      onClose();
    } catch (error) {
      setErrors(mapFormErrors(error, FIELDS));
    }
  };

  return (
    <Dialog title={editing ? 'Edit link' : campaign ? 'New shared link' : 'New link'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="link-form">
        <FormError message={errors.form} />
        {campaign && (
          <p className="notice">
            A shared link of <bdi className="strong">{campaign.name}</bdi>: one link for everyone in the
            message. Its clicks count in the campaign&rsquo;s analytics but do not name the person; each
            recipient&rsquo;s own link does.
          </p>
        )}
        <Field
          label="Destination URL"
          note="(required)"
          name="destinationUrl"
          type="url"
          inputMode="url"
          required
          data-autofocus
          defaultValue={link?.destinationUrl}
          placeholder="https://example.com/your-page"
          hint="The full URL customers are redirected to."
          error={errors.fields.destinationUrl}
        />
        <Field
          label="Title"
          note="(optional)"
          name="title"
          maxLength={200}
          defaultValue={link?.title ?? ''}
          placeholder="My campaign link"
          hint="A label for your reference."
          error={errors.fields.title}
        />
        <Field
          label="Custom Code"
          note={editing ? '(fixed)' : '(optional)'}
          name="customCode"
          defaultValue={link?.code ?? ''}
          readOnly={editing}
          autoComplete="off"
          spellCheck={false}
          maxLength={editing ? undefined : 12}
          onChange={(e) => setCode(e.target.value.trim())}
          hint={
            editing ? (
              'The code is fixed once created, so the short URL stays stable. Edit the destination to repoint the link.'
            ) : (
              <>
                4–12 letters or digits at the end of the short URL. Leave blank to auto-generate.
                {shortUrlBase && (
                  <>
                    {' '}
                    Your link:{' '}
                    <span className="code-preview" data-testid="short-url-preview">
                      {displayUrl(shortUrlBase)}
                      <strong>{code || '…'}</strong>
                    </span>
                  </>
                )}
              </>
            )
          }
          error={errors.fields.customCode}
        />
        <Field
          label="Expiration Date"
          note="(optional)"
          name="expiresAt"
          type="datetime-local"
          defaultValue={toLocalInputValue(link?.expiresAt)}
          hint={`When the link stops redirecting, in your time zone (${timeZone}). Leave blank for a link that never expires.`}
          error={errors.fields.expiresAt}
        />
        <ConversionTrackingField
          scope="link"
          checked={tracking}
          inheritedFrom={campaign?.conversionTracking ? campaign.name : undefined}
          onChange={setTracking}
          error={errors.fields.conversionTracking}
        />
        {!editing && (
          <p className="notice">
            Only clicks on the short URL are tracked. Share the short link, not the destination URL.
          </p>
        )}
        <DialogFormActions
          submitLabel={editing ? 'Save changes' : 'Create Link'}
          busyLabel="Saving…"
          busy={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
