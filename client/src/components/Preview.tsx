/** The product is marked pre-launch everywhere it shows its name; the wording lives here only. */
const LABEL = 'Pre-launch preview';
const DETAIL = 'Behaviour and analytics may change before general availability.';

/** The badge beside the brand, in the top bar and on the log-in card. */
export function PreviewBadge() {
  return (
    <span className="preview-badge" title={DETAIL}>
      {/* A phone's top bar keeps only the last word. */}
      <span className="preview-badge-lead">{LABEL.slice(0, LABEL.lastIndexOf(' ') + 1)}</span>
      {LABEL.slice(LABEL.lastIndexOf(' ') + 1)}
    </span>
  );
}

/** The same notice spelled out, where there is room for a sentence. */
export function PreviewNote() {
  return (
    <span className="preview-note">
      {LABEL}: {DETAIL.charAt(0).toLowerCase() + DETAIL.slice(1)}
    </span>
  );
}
