import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../app/apollo';
import { AddRecipientsDocument } from '../graphql/campaigns';
import { UploadRecipientsDialog } from './UploadRecipientsDialog';

const CAMPAIGN = '6f1c3d2e-0000-4a4a-9b9b-000000000001';

function csvFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

function renderDialog(mocks: MockedProviderProps['mocks']) {
  const onClose = vi.fn();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <UploadRecipientsDialog
        campaignId={CAMPAIGN}
        campaignDestination="https://example.com/spring"
        onClose={onClose}
      />
    </MockedProvider>,
  );
  return { user: userEvent.setup(), onClose };
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('UploadRecipientsDialog', () => {
  it('lists bad rows by line and sends nothing', async () => {
    const send = vi.fn();
    const { user } = renderDialog([
      { request: { query: AddRecipientsDocument, variables: () => true }, result: send },
    ]);
    await user.upload(fileInput(), csvFile('contacts.csv', 'external_id\nok-1\n"two\nlines"\n'));
    const list = await screen.findByTestId('csv-problems');
    expect(within(list).getByText('Line 3')).toBeTruthy();
    expect(screen.getByText(/Nothing has been sent/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('names the line the server refused and offers to resume from the chunk', async () => {
    const { user } = renderDialog([
      {
        request: {
          query: AddRecipientsDocument,
          variables: {
            campaignId: CAMPAIGN,
            recipients: [
              { externalId: 'a', destinationUrl: null },
              { externalId: 'b', destinationUrl: 'https://sl.test/loop' },
            ],
          },
        },
        result: {
          errors: [
            new GraphQLError('Item 1: Destination URL must not point back at a short link', {
              extensions: { code: 'BAD_USER_INPUT', field: 'destinationUrl', index: 1 },
            }),
          ],
        },
      },
    ]);
    await user.upload(
      fileInput(),
      csvFile('loop.csv', 'external_id,destination_url\na,\nb,https://sl.test/loop\n'),
    );
    await user.click(await screen.findByRole('button', { name: 'Import 2 people' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server refused lines 2–3 because of line 3 (destination_url)');
    expect(alert.textContent).toContain(': Destination URL must not point back at a short link');
    expect(alert.textContent).toContain('No one was imported yet.');
    expect(screen.getByRole('button', { name: 'Resume from line 2' })).toBeTruthy();
  });

  it('imports a good file and says how many people are in', async () => {
    const { user } = renderDialog([
      {
        request: { query: AddRecipientsDocument, variables: () => true },
        result: {
          data: {
            addRecipients: [
              { __typename: 'Recipient', id: 'r1' },
              { __typename: 'Recipient', id: 'r2' },
            ],
          },
        },
      },
    ]);
    await user.upload(fileInput(), csvFile('contacts.csv', 'external_id\ncrm-1\ncrm-2\ncrm-1\n'));
    expect(await screen.findByText(/1 repeated external id is taken once/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import 2 people' }));
    expect(await screen.findByText(/Imported 2 people from/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download recipients CSV' }).getAttribute('href')).toBe(
      `/api/campaigns/${CAMPAIGN}/recipients.csv`,
    );
  });
});
