import { useEffect, useRef, useState } from 'react';
import { CheckIcon, CopyIcon } from './Icons';

interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy short URL". */
  label: string;
  /** Show the label as visible text next to the icon. */
  showLabel?: boolean;
  className?: string;
  /** Take the focus when a dialog opens (the dialog looks for data-autofocus). */
  autoFocus?: boolean;
}

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Plain-http deployments have no Clipboard API: fall back to a hidden textarea.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** Copies text and says "Copied" for two seconds (also to screen readers). */
export function CopyButton({ text, label, showLabel = false, className = '', autoFocus }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await writeClipboard(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  return (
    <span className="copy-wrap">
      <button
        type="button"
        className={`copy-button ${showLabel ? 'button button-secondary' : 'icon-button'} ${state === 'copied' ? 'is-copied' : ''} ${className}`}
        // With the word shown, the name keeps it: "Copied" for the two seconds it says so.
        aria-label={showLabel && state === 'copied' ? 'Copied' : label}
        title={label}
        onClick={() => void copy()}
        data-autofocus={autoFocus || undefined}
      >
        {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
        {showLabel && <span aria-hidden="true">{state === 'copied' ? 'Copied' : 'Copy'}</span>}
      </button>
      <span className={showLabel ? 'visually-hidden' : 'copy-feedback'} role="status" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  );
}
