import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Field } from '../../../components/Field';
import { mapFormErrors, type FormErrors } from '../../../lib/errors';
import { LogInDocument, MeDocument, SignUpDocument } from '../graphql/auth';
import { FormError } from '../../../components/FormError';

type LogInField = 'email' | 'password';
type SignUpField = LogInField | 'accountName';

function AuthShell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Smart Links <span className="preview-badge">Pre-launch preview</span>
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** Where to go after signing in: back to the page that sent us here, or the links list. */
function useReturnTo(): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return from && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LogInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = useReturnTo();
  const expired = new URLSearchParams(location.search).get('expired') === '1';
  const client = useApolloClient();
  const [logIn, { loading }] = useMutation(LogInDocument);
  const [errors, setErrors] = useState<FormErrors<LogInField>>({ fields: {}, form: null });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      const result = await logIn({
        variables: { input: { email: String(data.get('email')), password: String(data.get('password')) } },
      });
      client.writeQuery({ query: MeDocument, data: { me: result.data!.logIn } });
      void navigate(returnTo, { replace: true });
    } catch (error) {
      const mapped = mapFormErrors(error, ['email', 'password'] as const);
      // A wrong password and an unknown email answer alike (UNAUTHENTICATED): say it once, for the form.
      setErrors(mapped);
    }
  };

  return (
    <AuthShell title="Log in">
      {expired && (
        <p className="notice notice-warning" role="status">
          Your session expired. Please log in again.
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors.form} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.fields.email}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.fields.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={loading}>
          {loading ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="auth-switch">
        New to Smart Links? <Link to="/signup">Create an account</Link>
      </p>
    </AuthShell>
  );
}

export function SignUpPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const [errors, setErrors] = useState<FormErrors<SignUpField>>({ fields: {}, form: null });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      const result = await signUp({
        variables: {
          input: {
            accountName: String(data.get('accountName')),
            email: String(data.get('email')),
            password: String(data.get('password')),
          },
        },
      });
      client.writeQuery({ query: MeDocument, data: { me: result.data!.signUp } });
      void navigate('/', { replace: true });
    } catch (error) {
      setErrors(mapFormErrors(error, ['email', 'password', 'accountName'] as const));
    }
  };

  return (
    <AuthShell title="Create your account">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors.form} />
        <Field
          label="Account name"
          name="accountName"
          autoComplete="organization"
          hint="Your company or team"
          required
          error={errors.fields.accountName}
        />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.fields.email}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters"
          required
          error={errors.fields.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={loading}>
          {loading ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      <p className="auth-switch">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </AuthShell>
  );
}
