import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { testLink } from '../../../test/fixtures';
import { CreateLinkDocument, UpdateLinkDocument } from '../graphql/links';
import { LinkFormDialog, LinkFormDialog_link } from './LinkFormDialog';

const LINK = testLink();

function failingCreate(errors: GraphQLError[]) {
  return {
    request: { query: CreateLinkDocument, variables: () => true },
    result: { errors },
  };
}

/** The input labelled `label`, and the text of the error it points at (aria-describedby). */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label, { exact: false });
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((x) => x.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

async function submitNew(mocks: MockedProviderProps['mocks'], fill: Record<string, string>) {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(
    <MockedProvider mocks={mocks}>
      <LinkFormDialog onClose={onClose} />
    </MockedProvider>,
  );
  for (const [label, value] of Object.entries(fill))
    await user.type(screen.getByLabelText(label, { exact: false }), value);
  await user.click(screen.getByRole('button', { name: 'Create Link' }));
  return { onClose };
}

describe('LinkFormDialog: server errors land on their field', () => {
  it('puts BAD_USER_INPUT on the field named by extensions.field', async () => {
    const { onClose } = await submitNew(
      [
        failingCreate([
          new GraphQLError('Only http:// and https:// destinations are allowed', {
            extensions: { code: 'BAD_USER_INPUT', field: 'destinationUrl' },
          }),
        ]),
      ],
      { 'Destination URL': 'ftp://example.com' },
    );
    await waitFor(() =>
      expect(errorOf('Destination URL')).toBe('Only http:// and https:// destinations are allowed'),
    );
    expect(errorOf('Custom Code')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('puts CODE_TAKEN on Custom Code, by its code and not its message', async () => {
    await submitNew(
      [
        failingCreate([
          new GraphQLError('whatever the server says', {
            extensions: { code: 'CODE_TAKEN', field: 'customCode' },
          }),
        ]),
      ],
      { 'Destination URL': 'https://example.com', 'Custom Code': 'promo1' },
    );
    await waitFor(() => expect(errorOf('Custom Code')).toMatch(/already taken/));
    expect(errorOf('Destination URL')).toBeNull();
  });

  it('puts CODE_RESERVED on Custom Code', async () => {
    await submitNew(
      [
        failingCreate([
          new GraphQLError('reserved', { extensions: { code: 'CODE_RESERVED', field: 'customCode' } }),
        ]),
      ],
      { 'Destination URL': 'https://example.com', 'Custom Code': 'graphql' },
    );
    await waitFor(() => expect(errorOf('Custom Code')).toMatch(/reserved/));
  });

  it('shows errors of several fields at once', async () => {
    await submitNew(
      [
        failingCreate([
          new GraphQLError('Title must be at most 200 characters', {
            extensions: { code: 'BAD_USER_INPUT', field: 'title' },
          }),
          new GraphQLError('Expiration date must be in the future', {
            extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' },
          }),
        ]),
      ],
      { 'Destination URL': 'https://example.com' },
    );
    await waitFor(() => expect(errorOf('Title')).toBe('Title must be at most 200 characters'));
    expect(errorOf('Expiration Date')).toBe('Expiration date must be in the future');
  });

  it('shows an error of no field of this form above the form', async () => {
    await submitNew(
      [failingCreate([new GraphQLError('Slow down', { extensions: { code: 'RATE_LIMITED' } })])],
      { 'Destination URL': 'https://example.com' },
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/Too many attempts/);
    expect(errorOf('Destination URL')).toBeNull();
  });

  it('sends the fields, trimmed, and closes on success', async () => {
    const variables = vi.fn(() => true);
    const { onClose } = await submitNew(
      [
        {
          request: { query: CreateLinkDocument, variables },
          result: { data: { createLink: { ...LINK, title: null } } },
        },
      ],
      { 'Destination URL': '  https://example.com/spring  ', 'Custom Code': 'spring26' },
    );
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(variables).toHaveBeenCalledWith({
      input: {
        destinationUrl: 'https://example.com/spring',
        title: null,
        customCode: 'spring26',
        expiresAt: null,
        conversionTracking: false,
      },
    });
  });

  it('sends conversionTracking from its switch, and shows the recordConversion example on demand', async () => {
    const user = userEvent.setup();
    const variables = vi.fn(() => true);
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: CreateLinkDocument, variables },
            result: { data: { createLink: { ...LINK, conversionTracking: true } } },
          },
        ]}
      >
        <LinkFormDialog onClose={() => {}} />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Destination URL', { exact: false }), 'https://example.com/a');
    const toggle = screen.getByRole('switch', { name: 'Conversion tracking' });
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(toggle);
    await user.click(screen.getByText('How your site records a conversion'));
    const example = await screen.findByTestId('conversion-example');
    expect(example.textContent).toContain('curl http://localhost:3000/graphql');
    expect(example.textContent).toContain('"clickId": "<sl_cid>"');
    await user.click(screen.getByRole('button', { name: 'GraphQL' }));
    expect(screen.getByTestId('conversion-example').textContent).toMatch(
      /recordConversion\(\s+input: \{\s+clickId: "<sl_cid>"/,
    );
    await user.click(screen.getByRole('button', { name: 'Create Link' }));
    await waitFor(() =>
      expect(variables).toHaveBeenCalledWith({
        input: expect.objectContaining({ conversionTracking: true }) as unknown,
      }),
    );
  });
});

describe('LinkFormDialog for a shared link of a tracked campaign', () => {
  it('shows conversion tracking on, and why, without offering to turn it off here', () => {
    render(
      <MockedProvider mocks={[]}>
        <LinkFormDialog
          campaign={{ id: 'c1', name: 'Spring sale', conversionTracking: true }}
          onClose={() => {}}
        />
      </MockedProvider>,
    );
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'Conversion tracking' });
    expect(toggle.checked).toBe(true);
    expect(toggle.disabled).toBe(true);
    const hint = document.getElementById(toggle.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toMatch(/^On for every link of Spring sale/);
  });
});

describe('LinkFormDialog in Edit', () => {
  it('shows the code read-only and maps errors of updateLink too', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: UpdateLinkDocument, variables: () => true },
            result: {
              errors: [
                new GraphQLError('Destination URL must not point back at a short link', {
                  extensions: { code: 'BAD_USER_INPUT', field: 'destinationUrl' },
                }),
              ],
            },
          },
        ]}
      >
        <LinkFormDialog link={makeFragmentData(LINK, LinkFormDialog_link)} onClose={() => {}} />
      </MockedProvider>,
    );
    const code = screen.getByLabelText('Custom Code', { exact: false }) as HTMLInputElement;
    expect(code.readOnly).toBe(true);
    expect(code.value).toBe('spring26');
    expect((screen.getByLabelText('Destination URL', { exact: false }) as HTMLInputElement).value).toBe(
      LINK.destinationUrl,
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(errorOf('Destination URL')).toMatch(/short link/));
  });
});

describe('LinkFormDialog: every problem at once', () => {
  it('names a bad URL and a bad code together, without sending, and the error replaces the hint', async () => {
    // No mock: a request would fail the test with "no more mocked responses".
    const { onClose } = await submitNew([], { 'Destination URL': 'example.com', 'Custom Code': 'a!' });
    expect(errorOf('Destination URL')).toBe('Enter a full URL, e.g. https://example.com/page');
    expect(errorOf('Custom Code')).toBe('Custom code must be 4–12 letters (A–Z, a–z) or digits (0–9)');
    expect(screen.queryByText(/4–12 letters or digits at the end/)).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Destination URL', { exact: false })),
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});
