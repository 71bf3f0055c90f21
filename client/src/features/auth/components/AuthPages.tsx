import { useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PreviewBadge } from '../../../components/Preview';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { LogInDocument, SignUpDocument } from '../graphql/auth';
import { email, newPassword, required } from '../../../lib/validate';
import { AuthForm, type AuthFieldSpec } from './AuthForm';

const EMAIL: AuthFieldSpec<'email'> = {
  name: 'email',
  label: 'Email',
  type: 'email',
  autoComplete: 'email',
  validate: email,
};

function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Smart Links <PreviewBadge />
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
  const location = useLocation();
  const returnTo = useReturnTo();
  const expired = new URLSearchParams(location.search).get('expired') === '1';
  const [logIn] = useMutation(LogInDocument);

  return (
    <AuthShell title="Log in">
      {expired && (
        <p className="notice notice-warning" role="status">
          Your session expired. Please log in again.
        </p>
      )}
      <AuthForm
        fields={[
          EMAIL,
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autoComplete: 'current-password',
            validate: required('Password'),
          },
        ]}
        submitLabel="Log in"
        busyLabel="Logging in…"
        returnTo={returnTo}
        send={async (input) => (await logIn({ variables: { input } })).data!.logIn}
      />
      <p className="auth-switch">
        New to Smart Links? <Link to="/signup">Create an account</Link>
      </p>
    </AuthShell>
  );
}

export function SignUpPage() {
  const [signUp] = useMutation(SignUpDocument);

  return (
    <AuthShell title="Create your account">
      <AuthForm
        fields={[
          {
            name: 'accountName',
            label: 'Account name',
            autoComplete: 'organization',
            hint: 'Your company or team',
            validate: required('Account name'),
          },
          EMAIL,
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autoComplete: 'new-password',
            hint: 'At least 8 characters',
            validate: newPassword,
          },
        ]}
        submitLabel="Create account"
        busyLabel="Creating account…"
        returnTo="/"
        send={async (input) => (await signUp({ variables: { input } })).data!.signUp}
      />
      <p className="auth-switch">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </AuthShell>
  );
}
