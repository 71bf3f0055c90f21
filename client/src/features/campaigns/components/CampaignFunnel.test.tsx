import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../app/apollo';
import { makeFragmentData } from '../../../gql';
import type { Channel } from '../../../gql/graphql';
import { CampaignFunnelDocument } from '../graphql/campaigns';
import { CampaignFunnel, CampaignFunnel_campaign } from './CampaignFunnel';

const ID = '6f1c3d2e-0000-4a4a-9b9b-000000000001';

const FUNNEL = {
  __typename: 'CampaignFunnel' as const,
  recipients: 200,
  sent: 180,
  delivered: 150,
  read: 90,
  failed: 20,
  clicked: 45,
  converted: 9,
  conversions: 11,
  conversionValue: 1234.5,
  medianSecondsToClick: 7500,
};

function renderFunnel(
  mocks: MockedProviderProps['mocks'],
  campaign: { channel?: Channel; currency?: string; conversionTracking?: boolean } = {},
) {
  const onUploadReport = vi.fn();
  const onEdit = vi.fn();
  const ref = makeFragmentData(
    {
      id: ID,
      channel: 'WHATSAPP',
      currency: 'EUR',
      conversionTracking: true,
      ...campaign,
    },
    CampaignFunnel_campaign,
  );
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <CampaignFunnel campaign={ref} onUploadReport={onUploadReport} onEdit={onEdit} />
    </MockedProvider>,
  );
  return { user: userEvent.setup(), onUploadReport, onEdit };
}

const answer = (funnel: Partial<typeof FUNNEL> = {}) => ({
  request: { query: CampaignFunnelDocument, variables: { campaignId: ID } },
  result: { data: { funnel: { ...FUNNEL, ...funnel } } },
});

const stepText = (key: string) => screen.getByTestId(`funnel-${key}`).textContent?.replace(/\s+/g, ' ');

describe('CampaignFunnel', () => {
  it('draws every step with its count, share of recipients and of the step before', async () => {
    renderFunnel([answer()]);
    expect(await screen.findByTestId('funnel-read')).toBeTruthy();
    const labels = within(screen.getByTestId('campaign-funnel'))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.funnel-label')?.firstChild?.textContent);
    expect(labels).toEqual(['Recipients', 'Sent', 'Delivered', 'Read', 'Clicked', 'Converted']);
    expect(stepText('delivered')).toBe('Delivered: 150, 75% of recipients, 83% of sent');
    expect(stepText('clicked')).toBe('Clicked: 45, 23% of recipients, 50% of read');
    expect(stepText('converted')).toBe('Converted: 9, 4.5% of recipients, 20% of clicked');
    expect(screen.getByTestId('funnel-median').textContent).toBe('2 h 5 min');
    expect(screen.getByTestId('funnel-value').textContent).toMatch(/1,234\.50/);
    expect(screen.getByTestId('funnel-value').textContent).toMatch(/€/);
    expect(screen.getByTestId('funnel-failed').textContent).toBe('20');
    expect(screen.queryByText('No delivery report yet.')).toBeNull();
    expect(screen.queryByTestId('funnel-above')).toBeNull();
  });

  it('says why a step is above the one before it', async () => {
    renderFunnel([answer({ read: 30 })]);
    expect((await screen.findByTestId('funnel-above')).textContent).toBe(
      'Clicked is above read: people who turned read receipts off are never reported as read.',
    );
    expect(stepText('clicked')).toContain('150% of read');
  });

  it('has no Read step outside WhatsApp, and Clicked follows Delivered', async () => {
    renderFunnel([answer()], { channel: 'SMS' });
    await screen.findByTestId('funnel-clicked');
    expect(screen.queryByTestId('funnel-read')).toBeNull();
    expect(stepText('clicked')).toContain('30% of delivered');
  });

  it('asks for the delivery report and for conversion tracking while they are missing', async () => {
    const { user, onUploadReport, onEdit } = renderFunnel(
      [
        answer({
          sent: 0,
          delivered: 0,
          read: 0,
          failed: 0,
          converted: 0,
          conversions: 0,
          conversionValue: 0,
          medianSecondsToClick: null as unknown as number,
        }),
      ],
      { conversionTracking: false },
    );
    await screen.findByText('No delivery report yet.');
    expect(stepText('clicked')).toContain('— of read');
    expect(screen.getByTestId('funnel-median').textContent).toBe('—');
    await user.click(screen.getByRole('button', { name: 'Upload delivery report' }));
    expect(onUploadReport).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Turn on conversion tracking' }));
    expect(onEdit).toHaveBeenCalled();
  });

  it('shows an error with a retry that loads it again', async () => {
    const { user } = renderFunnel([
      {
        request: { query: CampaignFunnelDocument, variables: { campaignId: ID } },
        result: {
          errors: [new GraphQLError('Not implemented', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
        },
      },
      answer(),
    ]);
    await screen.findByText('Could not load the funnel.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('funnel-converted')).toBeTruthy();
  });
});
