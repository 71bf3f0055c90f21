import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import type { MeQuery } from '../../../gql/graphql';
import { mapFormErrors, type FormErrors } from '../../../lib/errors';
import { focusFirstInvalid, validateAll, type Validator } from '../../../lib/validate';
import { MeDocument } from '../graphql/auth';

export interface AuthFieldSpec<F extends string> {
  name: F;
  label: string;
  type?: 'email' | 'password';
  autoComplete: string;
  hint?: string;
  /** Checked on submit with every other field, so all problems show at once. */
  validate?: Validator;
}

interface AuthFormProps<F extends string> {
  fields: readonly AuthFieldSpec<F>[];
  submitLabel: string;
  busyLabel: string;
  /** Sends the values; resolves with the signed-in viewer, or throws the server's errors. */
  send: (values: Record<F, string>) => Promise<NonNullable<MeQuery['me']>>;
  /** Where to go once signed in. */
  returnTo: string;
}

/** Log in and sign up: the fields, the server's errors on them, and the signed-in viewer cached as Me. */
export function AuthForm<F extends string>({
  fields,
  submitLabel,
  busyLabel,
  send,
  returnTo,
}: AuthFormProps<F>) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<F>>({ fields: {}, form: null });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(fields.map((f) => [f.name, String(data.get(f.name) ?? '')])) as Record<
      F,
      string
    >;
    const invalid = validateAll(
      values,
      Object.fromEntries(fields.map((f) => [f.name, f.validate])) as Partial<Record<F, Validator>>,
    );
    if (Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, form: null });
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setBusy(true);
    try {
      const me = await send(values);
      client.writeQuery({ query: MeDocument, data: { me } });
      void navigate(returnTo, { replace: true });
    } catch (error) {
      // A wrong password and an unknown email answer alike (UNAUTHENTICATED): said once, for the form.
      setErrors(
        mapFormErrors(
          error,
          fields.map((f) => f.name),
        ),
      );
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={errors.form} />
      {fields.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          name={field.name}
          type={field.type}
          autoComplete={field.autoComplete}
          hint={field.hint}
          required
          error={errors.fields[field.name]}
        />
      ))}
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
