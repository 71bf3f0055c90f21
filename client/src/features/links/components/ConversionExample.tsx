import './conversion-example.css';
import { useId, useState } from 'react';
import { CopyButton } from '../../../components/CopyButton';
import { Segmented } from '../../../components/Segmented';

type Flavour = 'curl' | 'graphql';
const FORMATS: { key: Flavour; label: string }[] = [
  { key: 'curl', label: 'curl' },
  { key: 'graphql', label: 'GraphQL' },
];

const CLICK_ID = '<sl_cid>';

/** The mutation an integrator sends, as GraphQL text (also what the curl example carries). */
export function conversionMutation(currency?: string): string {
  return [
    'mutation {',
    '  recordConversion(',
    '    input: {',
    `      clickId: "${CLICK_ID}"`,
    '      name: "purchase"',
    `      value: 49.90${currency ? ` # ${currency}` : ''}`,
    '      idempotencyKey: "order-1042"',
    '    }',
    '  ) {',
    '    id',
    '    value',
    '  }',
    '}',
  ].join('\n');
}

export function conversionCurl(endpoint: string): string {
  return [
    `curl ${endpoint} \\`,
    `  -H "Authorization: Bearer $SMART_LINKS_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{`,
    `    "query": "mutation ($i: RecordConversionInput!) { recordConversion(input: $i) { id value } }",`,
    `    "variables": { "i": {`,
    `      "clickId": "${CLICK_ID}",`,
    `      "name": "purchase",`,
    `      "value": 49.90,`,
    `      "idempotencyKey": "order-1042"`,
    `    } }`,
    `  }'`,
  ].join('\n');
}

/** What `sl_cid` is and a copyable `recordConversion` call, as curl or GraphQL. */
export default function ConversionExample({
  scope,
  currency,
}: {
  scope: 'campaign' | 'link';
  currency?: string;
}) {
  const id = useId();
  const [flavour, setFlavour] = useState<Flavour>('curl');
  const endpoint = `${window.location.origin}/graphql`;
  const code = flavour === 'curl' ? conversionCurl(endpoint) : conversionMutation(currency);
  return (
    <div className="conversion-example">
      <ol className="conversion-steps">
        <li>
          A click lands on <code>https://your-site.example/offer?sl_cid=9b2f…</code>. Keep the{' '}
          <code>sl_cid</code> value with the visit or the order.
        </li>
        <li>
          When the customer buys or signs up, your server calls <code>recordConversion</code> with it and an{' '}
          {/* A new tab: the form being filled in stays as it is. */}
          <a href="/app/api-keys" target="_blank" rel="noreferrer">
            API key<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          . The <code>idempotencyKey</code> (your order number) makes a retried call count once.
        </li>
        {scope === 'campaign' && (
          <li>
            No <code>sl_cid</code> at hand (a sale in a shop)? Send <code>campaignId</code> and the
            person&rsquo;s <code>externalId</code> instead of <code>clickId</code>.
          </li>
        )}
      </ol>
      <div className="code-example">
        <div className="code-example-bar">
          <Segmented label="Example format" options={FORMATS} value={flavour} onChange={setFlavour} />
          <CopyButton
            text={code}
            label={flavour === 'curl' ? 'Copy the curl command' : 'Copy the GraphQL mutation'}
            showLabel
            className="button-small"
          />
        </div>
        <pre
          className="code-block"
          tabIndex={0}
          aria-label={flavour === 'curl' ? 'recordConversion with curl' : 'recordConversion in GraphQL'}
          id={`${id}-code`}
          data-testid="conversion-example"
        >
          <code>{code}</code>
        </pre>
      </div>
    </div>
  );
}
