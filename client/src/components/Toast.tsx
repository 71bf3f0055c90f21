import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import { CheckIcon } from './Icons';
import { ToastContext, type ToastMessage } from './toast-context';

/** Long enough to read a short URL and reach its Copy button; hovering or focusing keeps it. */
const VISIBLE_MS = 8000;

/** One toast at a time, announced politely; a newer one replaces the older. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(ToastMessage & { key: number }) | null>(null);
  const [held, setHeld] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((next: ToastMessage) => setToast({ ...next, key: Date.now() }), []);

  useEffect(() => {
    clearTimeout(timer.current);
    if (toast && !held) timer.current = setTimeout(() => setToast(null), VISIBLE_MS);
    return () => clearTimeout(timer.current);
  }, [toast, held]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div
            key={toast.key}
            className="toast"
            data-testid="toast"
            onMouseEnter={() => setHeld(true)}
            onMouseLeave={() => setHeld(false)}
            onFocus={() => setHeld(true)}
            onBlur={() => setHeld(false)}
          >
            <span className="toast-icon" aria-hidden="true">
              <CheckIcon />
            </span>
            <div className="toast-text">
              <strong>{toast.title}</strong>
              {toast.detail && <span className="toast-detail">{toast.detail}</span>}
            </div>
            {toast.copyText && (
              <CopyButton text={toast.copyText} label={toast.copyLabel ?? 'Copy'} showLabel />
            )}
            <button
              type="button"
              className="icon-button toast-close"
              aria-label="Dismiss"
              onClick={() => setToast(null)}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
