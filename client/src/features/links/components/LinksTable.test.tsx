import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { testLink } from '../../../test/fixtures';
import { LinksTable, LinksTable_links } from './LinksTable';

const base = testLink({
  id: 'a',
  destinationUrl: 'https://example.com/spring?utm_source=wa',
  clickCount: 1234,
});
const LINKS = [
  base,
  testLink({ id: 'b', code: 'Xy12abc', title: null, status: 'EXPIRED', clickCount: 0 }),
].map((link) => makeFragmentData(link, LinksTable_links));

function renderTable() {
  const handlers = { onViewAnalytics: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn() };
  render(
    <MemoryRouter>
      <LinksTable links={LINKS} {...handlers} />
    </MemoryRouter>,
  );
  return { handlers, user: userEvent.setup() };
}

describe('LinksTable', () => {
  it("has the product page's columns", () => {
    renderTable();
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Link', 'Short URL', 'Status', 'Clicks', 'Created', 'Actions']);
  });

  it('shows title and destination, short URL, status, clicks and creation date per row', () => {
    renderTable();
    const [first, second] = screen.getAllByTestId('link-row') as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Spring sale' }).getAttribute('href')).toBe('/links/a');
    expect(first.textContent).toContain('example.com/spring?utm_source=wa');
    expect(within(first).getByRole('link', { name: 'sl.test/spring26' }).getAttribute('href')).toBe(
      'http://sl.test/spring26',
    );
    expect(first.textContent).toContain('Active');
    expect(first.textContent).toContain((1234).toLocaleString());
    expect(within(first).getByText(/2026/).tagName).toBe('TIME');
    // An untitled link is named by its code; an expired one says so.
    expect(within(second).getByRole('link', { name: 'Xy12abc' })).toBeTruthy();
    expect(second.textContent).toContain('Expired');
  });

  it('copies the short URL and says Copied', async () => {
    const { user } = renderTable();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy short URL of Spring sale' }));
    expect(writeText).toHaveBeenCalledWith('http://sl.test/spring26');
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('opens the ⋯ menu with View Analytics, Edit and Delete', async () => {
    const { user, handlers } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Actions for Spring sale' }));
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['View Analytics', 'Edit', 'Delete']);
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));
    expect(handlers.onEdit).toHaveBeenCalledWith(LINKS[0]);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('works from the keyboard: arrows move, Enter selects, Escape closes', async () => {
    const { user, handlers } = renderTable();
    const trigger = screen.getByRole('button', { name: 'Actions for Xy12abc' });
    trigger.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('View Analytics');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(handlers.onDelete).toHaveBeenCalledWith(LINKS[1]);
  });
});
