/** The marketer's workflow, shown where a first campaign is started and where a campaign has no one yet. */
const STEPS: { title: string; text: string }[] = [
  { title: 'Create a campaign', text: 'Name the send and its channel, with the page people should land on.' },
  {
    title: 'Upload your contacts',
    text: 'A CSV with an external_id column (your CRM id or a hashed phone number). Each person gets a short link of their own.',
  },
  {
    title: 'Download the personal links',
    text: 'The recipients CSV pairs every external_id with its short URL.',
  },
  {
    title: 'Paste them into your bulk-send tool',
    text: 'Merge the short_url column into the message, so every click names the person who tapped.',
  },
  {
    title: 'Upload the delivery report',
    text: 'Sent, delivered and read, as your messaging platform reports them.',
  },
  { title: 'Read the funnel', text: 'Delivered → clicked → converted, for the same people, on one screen.' },
];

export function CampaignWorkflow({ from = 1 }: { from?: number }) {
  return (
    <ol className={`workflow workflow-from-${from}`} start={from}>
      {STEPS.slice(from - 1).map((step, i) => (
        <li key={step.title} className="workflow-step">
          <span className="workflow-number" aria-hidden="true">
            {from + i}
          </span>
          <span>
            <span className="workflow-title">{step.title}</span>
            <span className="workflow-text">{step.text}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
