import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../app/apollo';
import { LogInDocument, SignUpDocument } from '../graphql/auth';
import { LogInPage, SignUpPage } from './AuthPages';

const VIEWER = {
  __typename: 'Viewer' as const,
  id: 'u1',
  email: 'ana@example.com',
  account: {
    __typename: 'Account' as const,
    id: 'a1',
    name: 'Acme Marketing',
    shortUrlBase: 'http://localhost:4000/',
  },
  preferences: { __typename: 'ViewerPreferences' as const, excludeBots: false },
};

function renderAt(path: '/login' | '/signup', mocks: MockedProviderProps['mocks']) {
  const cache = createCache();
  render(
    <MockedProvider mocks={mocks} cache={cache}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/login" element={<LogInPage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/" element={<h1>Links home</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return { cache, user: userEvent.setup() };
}

/** The error text an input points at through aria-describedby, or null when it is valid. */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((x) => x.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('log in and sign up (one form)', () => {
  it('says a refused log-in once, for the form, and keeps the visitor on the page', async () => {
    const { user } = renderAt('/login', [
      {
        request: {
          query: LogInDocument,
          variables: { input: { email: 'ana@example.com', password: 'wrong' } },
        },
        result: {
          errors: [new GraphQLError('Wrong email or password', { extensions: { code: 'UNAUTHENTICATED' } })],
        },
      },
    ]);
    await user.type(screen.getByLabelText('Email'), 'ana@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password');
    expect(errorOf('Email')).toBeNull();
    expect(document.title).toBe('Log in · Smart Links');
  });

  it('puts a sign-up error on the field it names, then signs up, caches the viewer and goes home', async () => {
    const input = { accountName: 'Acme Marketing', email: 'ana@example.com', password: 'correct horse' };
    const { cache, user } = renderAt('/signup', [
      {
        request: { query: SignUpDocument, variables: { input } },
        result: {
          errors: [
            new GraphQLError('This email is already registered', {
              extensions: { code: 'BAD_USER_INPUT', field: 'email' },
            }),
          ],
        },
      },
      { request: { query: SignUpDocument, variables: { input } }, result: { data: { signUp: VIEWER } } },
    ]);
    await user.type(screen.getByLabelText('Account name'), input.accountName);
    await user.type(screen.getByLabelText('Email'), input.email);
    await user.type(screen.getByLabelText('Password'), input.password);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByText('This email is already registered');
    expect(errorOf('Email')).toBe('This email is already registered');
    expect(errorOf('Account name')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Links home' })).toBeTruthy();
    expect(cache.extract()).toMatchObject({ ROOT_QUERY: { me: { __ref: 'Viewer:u1' } } });
    expect(cache.extract()['Viewer:u1']).toMatchObject({ email: 'ana@example.com' });
  });

  it('names every problem of an empty sign-up at once, without asking the server', async () => {
    // No mocks: a request would fail with "no more mocked responses".
    const { user } = renderAt('/signup', []);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(errorOf('Account name')).toBe('Account name is required');
    expect(errorOf('Email')).toBe('Email is required');
    expect(errorOf('Password')).toBe('Password must be at least 8 characters');
    // The error says what the hint said: the hint steps aside.
    expect(screen.queryByText('At least 8 characters')).toBeNull();
  });
});
