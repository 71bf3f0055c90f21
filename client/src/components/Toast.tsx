import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import { CheckIcon } from './Icons';
import { ToastContext, type ToastMessage } from './toast-context';

/** Long enough to read a line. */
export const TOAST_MS = 5000;
/** A toast with a button (Copy) stays a little longer, so it can be reached. */
export const TOAST_WITH_ACTION_MS = 7000;

/**
 * One toast at a time, announced politely; a newer one replaces the older. It goes by itself, but never
 * while the pointer is on it or the focus in it; the clock starts again when they leave.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(ToastMessage & { key: number }) | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  const show = useCallback((next: ToastMessage) => {
    // A replaced toast never reports the pointer or the focus leaving.
    setHovered(false);
    setFocused(false);
    setToast({ ...next, key: Date.now() });
  }, []);

  const dismiss = useCallback(() => {
    // The focus would fall to the page's body with the toast: keep it in the content.
    if (box.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    setHovered(false);
    setFocused(false);
    setToast(null);
  }, []);

  useEffect(() => {
    if (!toast || hovered || focused) return;
    const timer = setTimeout(dismiss, toast.copyText ? TOAST_WITH_ACTION_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, hovered, focused, dismiss]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div
            key={toast.key}
            ref={box}
            className="toast"
            data-testid="toast"
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
            onFocus={() => setFocused(true)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') dismiss();
            }}
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
            <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={dismiss}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
