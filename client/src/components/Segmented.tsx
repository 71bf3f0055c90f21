/** One choice of a few, as a row of pressed/unpressed buttons (date presets, breakdown cards, code formats). */
export interface SegmentedOption<K extends string> {
  key: K;
  label: string;
  /** The id of what the button shows, when it switches between panels. */
  controls?: string;
}

export function Segmented<K extends string>({
  options,
  value,
  onChange,
  label,
  className = 'segmented',
}: {
  options: readonly SegmentedOption<K>[];
  /** The pressed option's key; any other value (a custom range) presses none. */
  value: string;
  onChange: (key: K) => void;
  /** The group's accessible name. */
  label: string;
  className?: string;
}) {
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.key}
          type="button"
          className="segment"
          aria-pressed={option.key === value}
          aria-controls={option.controls}
          onClick={() => onChange(option.key)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
