import { useEffect, useId, useState } from 'react';
import { Segmented } from '../../../components/Segmented';
import {
  DEFAULT_FILTERS,
  INTERVALS,
  MAX_HOUR_SPAN_DAYS,
  PRESETS,
  parseLocalDate,
  shownDates,
  spanDays,
  toLocalDate,
  type AnalyticsFilters,
  type IntervalKey,
} from '../filters';

export type FilterField = 'range' | 'from' | 'to' | 'interval';

interface FilterBarProps {
  value: AnalyticsFilters;
  onChange: (next: AnalyticsFilters) => void;
  /** Errors the server reported on a filter (BAD_USER_INPUT with extensions.field). */
  serverErrors?: Partial<Record<FilterField, string>>;
}

/** Presets, a custom start/end date, the interval and Exclude bots. Emits only valid filters. */
export function FilterBar({ value, onChange, serverErrors = {} }: FilterBarProps) {
  const id = useId();
  const [from, setFrom] = useState(() => shownDates(value).from);
  const [to, setTo] = useState(() => shownDates(value).to);
  const [dateError, setDateError] = useState<string | null>(null);

  // Follow the URL (Back/Forward, presets) into the date inputs; a preset shows the dates it covers.
  useEffect(() => {
    const shown = shownDates({ ...DEFAULT_FILTERS, range: value.range, from: value.from, to: value.to });
    setFrom(shown.from);
    setTo(shown.to);
    setDateError(null);
  }, [value.range, value.from, value.to]);

  const withInterval = (next: AnalyticsFilters): AnalyticsFilters =>
    next.interval === 'hour' && spanDays(next) > MAX_HOUR_SPAN_DAYS ? { ...next, interval: 'day' } : next;

  const applyCustom = (nextFrom: string, nextTo: string) => {
    const start = parseLocalDate(nextFrom);
    const end = parseLocalDate(nextTo);
    if (!start || !end) {
      setDateError(nextFrom && nextTo ? 'Enter valid dates.' : null);
      return;
    }
    if (start > end) {
      setDateError('The end date must be on or after the start date.');
      return;
    }
    if (end > new Date(Date.now() + 86_400_000 * 366) || start < new Date(2000, 0, 1)) {
      setDateError('Choose dates closer to today.');
      return;
    }
    setDateError(null);
    onChange(withInterval({ ...value, range: 'custom', from: nextFrom, to: nextTo }));
  };

  const hourDisabled = spanDays(value) > MAX_HOUR_SPAN_DAYS;
  // The server's word on the dates wins only while the user has not started fixing them.
  const shownDateError = dateError ?? serverErrors.from ?? serverErrors.to ?? serverErrors.range ?? null;
  const intervalError = serverErrors.interval;
  const today = toLocalDate(new Date());
  // On a phone the dates, interval and Exclude bots fold away behind one button; it counts what is set.
  const [open, setOpen] = useState(false);
  const changed =
    Number(value.range === 'custom') + Number(value.interval !== 'day') + Number(value.excludeBots);

  return (
    <div className={`filter-bar ${open ? 'is-open' : ''}`} role="group" aria-label="Analytics filters">
      <Segmented
        label="Date range"
        options={PRESETS}
        value={value.range}
        onChange={(range) => onChange(withInterval({ ...value, range, from: null, to: null }))}
      />
      <button
        type="button"
        className="filter-more-toggle"
        aria-expanded={open}
        aria-controls={`${id}-more`}
        onClick={() => setOpen((o) => !o)}
      >
        Filters{changed > 0 ? ` (${changed})` : ''}
      </button>
      <div className="filter-more" id={`${id}-more`}>
        <div className="date-range" role="group" aria-label="Custom range">
          <label htmlFor={`${id}-from`}>Start date</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            max={to || today}
            aria-invalid={dateError || serverErrors.from || serverErrors.range ? true : undefined}
            aria-describedby={shownDateError ? `${id}-date-error` : undefined}
            onChange={(e) => {
              setFrom(e.target.value);
              applyCustom(e.target.value, to);
            }}
          />
          <label htmlFor={`${id}-to`}>End date</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            min={from || undefined}
            aria-invalid={dateError || serverErrors.to ? true : undefined}
            aria-describedby={shownDateError ? `${id}-date-error` : undefined}
            onChange={(e) => {
              setTo(e.target.value);
              applyCustom(from, e.target.value);
            }}
          />
        </div>
        <div className="filter-interval">
          <label htmlFor={`${id}-interval`}>Interval</label>
          <select
            id={`${id}-interval`}
            value={value.interval}
            title={hourDisabled ? `Hourly needs a range of at most ${MAX_HOUR_SPAN_DAYS} days` : undefined}
            aria-invalid={intervalError ? true : undefined}
            aria-describedby={intervalError ? `${id}-interval-error` : undefined}
            onChange={(e) => onChange({ ...value, interval: e.target.value as IntervalKey })}
          >
            {INTERVALS.map((interval) => (
              <option
                key={interval.key}
                value={interval.key}
                disabled={interval.key === 'hour' && hourDisabled}
              >
                {interval.label}
              </option>
            ))}
          </select>
        </div>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={value.excludeBots}
            onChange={(e) => onChange({ ...value, excludeBots: e.target.checked })}
          />
          <span className="switch-track" aria-hidden="true" />
          Exclude bots
        </label>
      </div>
      {shownDateError && (
        <p className="field-error filter-error" id={`${id}-date-error`} role="alert">
          {shownDateError}
        </p>
      )}
      {intervalError && (
        <p className="field-error filter-error" id={`${id}-interval-error`} role="alert">
          {intervalError}
        </p>
      )}
    </div>
  );
}
