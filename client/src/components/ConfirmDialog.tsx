import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { FormError } from './FormError';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A destructive action behind a question: Cancel has the focus, the red button does the deed. */
export function ConfirmDialog({
  title,
  confirmLabel,
  busyLabel,
  busy,
  error,
  onConfirm,
  onClose,
  children,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      size="small"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <FormError message={error} />
    </Dialog>
  );
}
