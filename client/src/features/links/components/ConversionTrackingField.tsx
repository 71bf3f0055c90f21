import { lazy, Suspense, useId, useState } from 'react';
import { Spinner } from '../../../components/States';

// The worked example is read once, by whoever wires up their site: it loads when opened.
const ConversionExample = lazy(() => import('./ConversionExample'));

interface ConversionTrackingFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Whose links the switch covers: every link of a campaign, or this one. */
  scope: 'campaign' | 'link';
  /** The campaign's currency, named beside the example's value. */
  currency?: string;
  /** The campaign whose own switch already covers this link. */
  inheritedFrom?: string;
  error?: string;
}

/** The conversion tracking switch of the campaign and link forms, with what `sl_cid` is and how to use it. */
export function ConversionTrackingField({
  checked,
  onChange,
  scope,
  currency,
  inheritedFrom,
  error,
}: ConversionTrackingFieldProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={`field conversion-field ${error ? 'has-error' : ''}`}>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked || inheritedFrom !== undefined}
          disabled={inheritedFrom !== undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span className="switch-track" aria-hidden="true" />
        Conversion tracking
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {inheritedFrom !== undefined ? (
          <>
            On for every link of <bdi className="strong">{inheritedFrom}</bdi>: the campaign adds{' '}
            <code>sl_cid=&lt;click id&gt;</code> to the destination URL on every click. Turn it off in the
            campaign&rsquo;s settings.
          </>
        ) : (
          <>
            Adds <code>sl_cid=&lt;click id&gt;</code> to the destination URL on every click
            {scope === 'campaign' ? ' of every link in the campaign' : ''}. Your site sends it back with{' '}
            <code>recordConversion</code> when the customer converts, and the sale counts for the click
            {scope === 'campaign' ? ' and the person' : ''} that brought it.
          </>
        )}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <details className="conversion-help" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>How your site records a conversion</summary>
        {open && (
          <Suspense fallback={<Spinner label="Loading the example…" />}>
            <ConversionExample scope={scope} currency={currency} />
          </Suspense>
        )}
      </details>
    </div>
  );
}
