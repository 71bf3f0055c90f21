import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { CampaignsTable, CampaignsTable_campaigns } from './CampaignsTable';

const funnel = (f: Partial<Record<string, number>>) => ({
  recipients: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  clicked: 0,
  converted: 0,
  ...f,
});

const campaign = (id: string, recipientCount: number, f: Partial<Record<string, number>>) =>
  makeFragmentData(
    {
      id,
      name: `Campaign ${id}`,
      channel: 'WHATSAPP' as const,
      destinationUrl: null,
      recipientCount,
      createdAt: '2026-03-01T10:00:00.000Z',
      funnel: funnel({ recipients: recipientCount, ...f }),
    },
    CampaignsTable_campaigns,
  );

describe('CampaignsTable', () => {
  it('shows delivered, clicked and converted as shares of the recipients, with the counts', () => {
    render(
      <MemoryRouter>
        <CampaignsTable
          campaigns={[
            campaign('a', 200, { sent: 190, delivered: 150, failed: 10, clicked: 45, converted: 9 }),
            campaign('b', 50, { clicked: 3 }),
            campaign('c', 0, {}),
          ]}
          onOpen={vi.fn()}
          onEdit={vi.fn()}
          onDelete={vi.fn()}
        />
      </MemoryRouter>,
    );
    const [a, b, c] = screen.getAllByTestId('campaign-row') as [HTMLElement, HTMLElement, HTMLElement];
    const cell = (row: HTMLElement, name: string) => within(row).getByTestId(`campaign-${name}`).textContent;
    expect([cell(a, 'delivered'), cell(a, 'clicked'), cell(a, 'converted')]).toEqual([
      '75%, 150',
      '23%, 45',
      '4.5%, 9',
    ]);
    // No delivery report yet: a dash that says so, while clicks count already.
    expect(cell(b, 'delivered')).toBe('—No delivery report yet');
    expect(cell(b, 'clicked')).toBe('6%, 3');
    expect(cell(c, 'converted')).toBe('—no recipients yet');
  });
});
