import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../../../components/CopyButton';
import { Dialog } from '../../../components/Dialog';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import type { ApiKeyScope } from '../../../gql/graphql';
import { mapFormErrors, type FormErrors } from '../../../lib/errors';
import { focusFirstInvalid, text, validateAll } from '../../../lib/validate';
import { ApiKeysDocument, CreateApiKeyDocument } from '../graphql/api-keys';

/** Name and scope, then the secret, shown once with a copy button. */
export function CreateApiKeyDialog({ onClose }: { onClose: () => void }) {
  const [createKey, { loading }] = useMutation(CreateApiKeyDocument, {
    refetchQueries: [ApiKeysDocument],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<FormErrors<'name' | 'scope'>>({ fields: {}, form: null });
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const scope = form.get('scope') as ApiKeyScope | null;
    const invalid: Partial<Record<'name' | 'scope', string>> = validateAll(
      { name },
      { name: text('Name', 100, { required: true }) },
    );
    if (!scope) invalid.scope = 'Choose a scope';
    if (!scope || Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, form: null });
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setErrors({ fields: {}, form: null });
    try {
      const result = await createKey({
        variables: { name, scope },
      });
      setSecret(result.data!.createApiKey.secret);
    } catch (error) {
      setErrors(mapFormErrors(error, ['name', 'scope'] as const));
    }
  };

  if (secret) {
    // A dialog of its own (key), so it takes the focus as it opens rather than inheriting the form's.
    return (
      <Dialog
        key="secret"
        title="Your new API key"
        onClose={onClose}
        actions={
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        }
      >
        <p className="notice notice-warning">Copy this key now. For your security it is shown only once.</p>
        <div className="secret">
          <code data-testid="api-key-secret">{secret}</code>
          <CopyButton text={secret} label="Copy API key" showLabel autoFocus />
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="New API key" size="small" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors.form} />
        <Field
          label="Name"
          name="name"
          required
          maxLength={100}
          data-autofocus
          placeholder="CRM sync"
          hint="So you can tell your keys apart."
          error={errors.fields.name}
        />
        <fieldset
          className={`field radio-group ${errors.fields.scope ? 'has-error' : ''}`}
          aria-describedby={errors.fields.scope ? 'api-key-scope-error' : undefined}
        >
          <legend>Scope</legend>
          <label>
            <input type="radio" name="scope" value="READ_WRITE" defaultChecked /> Read &amp; write
          </label>
          <label>
            <input type="radio" name="scope" value="READ_ONLY" /> Read only (queries only)
          </label>
          {errors.fields.scope && (
            <p className="field-error" id="api-key-scope-error">
              {errors.fields.scope}
            </p>
          )}
        </fieldset>
        <DialogFormActions submitLabel="Create key" busyLabel="Creating…" busy={loading} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
