import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../app/apollo';
import { testLink, type TestLink } from '../../../test/fixtures';
import { LinksDocument } from '../graphql/links';
import { LinksPage } from './LinksPage';
import { PAGE_SIZE } from '../../../lib/pages';

const link = (id: string, title: string): TestLink =>
  testLink({ id, code: `code${id}`, destinationUrl: `https://example.com/${id}`, title, clickCount: 3 });

const page = (
  nodes: TestLink[],
  hasNextPage = false,
  totalCount = nodes.length,
  totalCountCapped = false,
) => ({
  data: {
    links: {
      __typename: 'LinkConnection' as const,
      totalCount,
      totalCountCapped,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
      nodes,
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <LinksPage />
      </MemoryRouter>
    </MockedProvider>,
  );
  return userEvent.setup();
}

describe('LinksPage', () => {
  it('shows loading, then the rows, and loads the next page on demand', async () => {
    const user = renderPage([
      {
        request: { query: LinksDocument, variables: { search: null, first: PAGE_SIZE } },
        result: page([link('1', 'Spring sale')], true, 2),
      },
      {
        request: {
          query: LinksDocument,
          variables: { search: null, first: PAGE_SIZE, after: 'cursor-1' },
        },
        result: page([link('2', 'Autumn sale')]),
      },
    ]);
    expect(screen.getByText('Loading links…')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Spring sale' })).toBeTruthy();
    expect(screen.getByText('Showing 1 of 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Autumn sale' })).toBeTruthy();
    expect(screen.getAllByTestId('link-row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('explains an empty account and offers New Link', async () => {
    renderPage([
      {
        request: { query: LinksDocument, variables: { search: null, first: PAGE_SIZE } },
        result: page([]),
      },
    ]);
    expect(await screen.findByText('No links yet')).toBeTruthy();
    // One offer, not two: the header's button.
    expect(screen.getAllByRole('button', { name: 'New Link' })).toHaveLength(1);
  });

  it('shows an error with a retry', async () => {
    renderPage([
      {
        request: { query: LinksDocument, variables: { search: null, first: PAGE_SIZE } },
        result: { errors: [new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
      },
      {
        request: { query: LinksDocument, variables: { search: null, first: PAGE_SIZE } },
        result: page([link('1', 'Spring sale')]),
      },
    ]);
    expect(await screen.findByText('Could not load your links.')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Spring sale' })).toBeTruthy();
  });

  it('searches once typing pauses, not on every key', async () => {
    const searched = vi.fn(() => true);
    const user = renderPage([
      {
        request: { query: LinksDocument, variables: { search: null, first: PAGE_SIZE } },
        result: page([link('1', 'Spring sale'), link('2', 'Autumn')]),
      },
      {
        request: {
          query: LinksDocument,
          variables: (v: { search?: string | null }) => v.search === 'spring' && searched(),
        },
        result: page([link('1', 'Spring sale')]),
      },
    ]);
    await screen.findByRole('link', { name: 'Autumn' });
    await user.type(screen.getByLabelText('Search links'), 'spring');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Autumn' })).toBeNull());
    expect(searched).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('link-row')).toHaveLength(1);
  });

  it('says "1000+" when a search counted only the first matches', async () => {
    const user = renderPage([
      {
        request: { query: LinksDocument, variables: { search: null, first: 25 } },
        result: page([link('1', 'Spring sale'), link('2', 'Autumn')]),
      },
      {
        request: { query: LinksDocument, variables: { search: 'sale', first: 25 } },
        result: page([link('1', 'Spring sale')], true, 1000, true),
      },
    ]);
    await screen.findByRole('link', { name: 'Autumn' });
    await user.type(screen.getByLabelText('Search links'), 'sale');
    expect(await screen.findByText('1000+ links')).toBeTruthy();
    expect(screen.getByText('Showing 1 of 1000+')).toBeTruthy();
  });
});
