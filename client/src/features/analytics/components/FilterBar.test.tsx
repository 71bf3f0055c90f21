import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, toLocalDate, type AnalyticsFilters } from '../filters';
import { FilterBar } from './FilterBar';

function setup(initial: Partial<AnalyticsFilters> = {}) {
  const onChange = vi.fn();
  // A controlled parent, as the page is with the URL.
  function Harness() {
    const [value, setValue] = useState<AnalyticsFilters>({ ...DEFAULT_FILTERS, ...initial });
    return (
      <FilterBar
        value={value}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
      />
    );
  }
  render(<Harness />);
  return { onChange, user: userEvent.setup() };
}

describe('FilterBar', () => {
  it('shows the presets with Last 30d and Day selected by default', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Last 30d' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Last 7d' }).getAttribute('aria-pressed')).toBe('false');
    expect((screen.getByLabelText('Interval') as HTMLSelectElement).value).toBe('day');
    expect((screen.getByRole('switch', { name: 'Exclude bots' }) as HTMLInputElement).checked).toBe(false);
  });

  it('switches preset, interval and Exclude bots', async () => {
    const { onChange, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Last 7d' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ range: '7d', from: null, to: null }));
    expect(screen.getByRole('button', { name: 'Last 7d' }).getAttribute('aria-pressed')).toBe('true');

    await user.selectOptions(screen.getByLabelText('Interval'), 'hour');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ range: '7d', interval: 'hour' }));

    await user.click(screen.getByRole('switch', { name: 'Exclude bots' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ excludeBots: true, interval: 'hour' }),
    );
  });

  it('offers Hour only for ranges of at most 31 days, and falls back to Day', async () => {
    const { onChange, user } = setup({ range: '7d', interval: 'hour' });
    await user.click(screen.getByRole('button', { name: 'Last 90d' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ range: '90d', interval: 'day' }));
    const hour = screen.getByRole('option', { name: /Hour/ }) as HTMLOptionElement;
    expect(hour.disabled).toBe(true);
  });

  it("shows a preset's dates, and a changed date starts a custom range from them", () => {
    const { onChange } = setup({ range: '7d' });
    const today = new Date();
    const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6);
    expect((screen.getByLabelText('Start date') as HTMLInputElement).value).toBe(toLocalDate(start));
    expect((screen.getByLabelText('End date') as HTMLInputElement).value).toBe(toLocalDate(today));
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: toLocalDate(today) } });
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ range: 'custom', from: toLocalDate(today), to: toLocalDate(today) }),
    );
  });

  it('applies a custom start and end date', () => {
    const { onChange } = setup({ range: 'custom', from: null, to: null });
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-03-01' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-03-10' } });
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ range: 'custom', from: '2026-03-01', to: '2026-03-10' }),
    );
    expect(screen.getByRole('button', { name: 'Last 30d' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('refuses an end date before the start date, saying why', () => {
    const { onChange } = setup({ range: 'custom', from: null, to: null });
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-03-01' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/end date must be on or after the start date/i);
    expect(screen.getByLabelText('End date').getAttribute('aria-invalid')).toBe('true');
  });

  it('can be used with the keyboard alone', async () => {
    const { onChange, user } = setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Last 7d' }));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ range: '7d' }));
  });
});

describe('FilterBar with server errors', () => {
  it('shows a BAD_USER_INPUT on `to` at the end date', () => {
    render(
      <FilterBar
        value={{ ...DEFAULT_FILTERS, range: 'custom', from: '2026-03-01', to: '2026-03-02' }}
        onChange={() => {}}
        serverErrors={{ to: 'to must be after from' }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('to must be after from');
    expect(screen.getByLabelText('End date').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Start date').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows an interval error at the interval selector', () => {
    render(
      <FilterBar
        value={DEFAULT_FILTERS}
        onChange={() => {}}
        serverErrors={{ interval: 'Too many buckets' }}
      />,
    );
    expect(screen.getByLabelText('Interval').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Too many buckets');
  });
});
