import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../app/apollo';
import { RecordDeliveriesDocument } from '../graphql/campaigns';
import { UploadDeliveryReportDialog } from './UploadDeliveryReportDialog';

const CAMPAIGN = '6f1c3d2e-0000-4a4a-9b9b-000000000001';

function renderDialog(mocks: MockedProviderProps['mocks']) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <UploadDeliveryReportDialog campaignId={CAMPAIGN} onClose={() => {}} />
    </MockedProvider>,
  );
  return userEvent.setup();
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
const csv = (text: string) => new File([text], 'report.csv', { type: 'text/csv' });

describe('UploadDeliveryReportDialog', () => {
  it('lists bad rows by line and sends nothing', async () => {
    const send = vi.fn();
    const user = renderDialog([
      { request: { query: RecordDeliveriesDocument, variables: () => true }, result: send },
    ]);
    await user.upload(
      fileInput(),
      csv('external_id,status,at\na,DELIVERED,2026-03-01T09:00:00Z\nb,PENDING,2026-03-01T09:00:00Z\n'),
    );
    const list = await screen.findByTestId('csv-problems');
    expect(within(list).getByText('Line 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Send/ })).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the events in UTC and reports what was recorded and the unknown ids', async () => {
    const user = renderDialog([
      {
        request: {
          query: RecordDeliveriesDocument,
          variables: {
            campaignId: CAMPAIGN,
            events: [
              { externalId: 'crm-1', status: 'SENT', at: '2026-03-01T08:00:00.000Z' },
              { externalId: 'crm-1', status: 'DELIVERED', at: '2026-03-01T08:01:00.000Z' },
              { externalId: 'ghost-9', status: 'DELIVERED', at: '2026-03-01T08:02:00.000Z' },
            ],
          },
        },
        result: { data: { recordDeliveries: { accepted: 2, unknownExternalIds: ['ghost-9'] } } },
      },
    ]);
    await user.upload(
      fileInput(),
      csv(
        'external_id,status,at\ncrm-1,sent,2026-03-01T09:00:00+01:00\ncrm-1,delivered,2026-03-01T08:01:00Z\nghost-9,DELIVERED,2026-03-01T08:02:00Z\n',
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Send 3 events' }));
    expect((await screen.findByTestId('report-accepted')).textContent).toBe(
      'Recorded 2 events from report.csv.',
    );
    const unknown = screen.getByTestId('report-unknown');
    expect(unknown.textContent).toContain('1 external id is not in this campaign');
    expect(within(unknown).getByText('ghost-9')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the unknown external ids' })).toBeTruthy();
  });

  it('names the event the server refused by its line', async () => {
    const user = renderDialog([
      {
        request: { query: RecordDeliveriesDocument, variables: () => true },
        result: {
          errors: [
            new GraphQLError('Item 1: at is more than 5 minutes in the future', {
              extensions: { code: 'BAD_USER_INPUT', field: 'at', index: 1 },
            }),
          ],
        },
      },
    ]);
    await user.upload(
      fileInput(),
      csv('external_id,status,at\na,SENT,2026-03-01T09:00:00Z\nb,SENT,2026-03-01T09:00:00Z\n'),
    );
    await user.click(await screen.findByRole('button', { name: 'Send 2 events' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The server refused lines 2–3 because of line 3 (at): at is more than 5 minutes',
    );
    expect(alert.textContent).toContain('No event was recorded yet.');
  });
});
