interface DialogFormActionsProps {
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** Cancel and the submit button at the foot of a form inside a dialog. */
export function DialogFormActions({ submitLabel, busyLabel, busy, onCancel }: DialogFormActionsProps) {
  return (
    <div className="dialog-footer">
      <button type="button" className="button button-secondary" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
