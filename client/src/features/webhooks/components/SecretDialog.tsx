import { CopyButton } from '../../../components/CopyButton';
import { Dialog } from '../../../components/Dialog';

/** A signing secret, shown once: after this dialog closes nobody can read it again. */
export function SecretDialog({
  title,
  secret,
  onClose,
}: {
  title: string;
  secret: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <p className="notice notice-warning">
        Copy this signing secret now. For your security it is shown only once.
      </p>
      <div className="secret">
        <code data-testid="webhook-secret">{secret}</code>
        <CopyButton text={secret} label="Copy signing secret" showLabel />
      </div>
      <p className="field-hint">
        Verify the <code>webhook-signature</code> header of each request with it, using any Standard Webhooks
        library.
      </p>
    </Dialog>
  );
}
