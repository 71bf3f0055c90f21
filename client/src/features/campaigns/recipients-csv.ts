import { readCsv, type CsvProblem } from './csv';

const MAX_EXTERNAL_ID = 200;
const MAX_URL = 2048;
// C0, DEL and C1: the server refuses them in an external id.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export interface RecipientRow {
  line: number;
  externalId: string;
  destinationUrl: string | null;
}

export type RecipientsFile =
  | {
      ok: true;
      /** Valid rows, each external id once (its first line: the server keeps the first too). */
      rows: RecipientRow[];
      /** Rows whose external id appeared on an earlier line. */
      repeated: number;
      problems: CsvProblem[];
    }
  | { ok: false; error: string };

/**
 * Reads a recipients CSV (`external_id` required, `destination_url` optional, other columns ignored)
 * and checks every row as the server would, so bad rows are listed by line before anything is sent.
 */
export function parseRecipientsCsv(
  text: string,
  options: { campaignDestination: string | null },
): RecipientsFile {
  const table = readCsv(text, ['external_id']);
  if (!table.ok) return table;
  const problems = [...table.problems];
  const badLines = new Set(problems.map((p) => p.line));
  const seen = new Set<string>();
  const rows: RecipientRow[] = [];
  let repeated = 0;

  for (const { line, values } of table.records) {
    const externalId = (values.external_id ?? '').trim();
    const destination = (values.destination_url ?? '').trim();
    const rowProblems = [
      externalIdProblem(externalId),
      destination
        ? urlProblem(destination)
        : options.campaignDestination
          ? null
          : 'has no destination_url and the campaign has no default destination URL',
    ].filter((p): p is string => p !== null);
    for (const message of rowProblems) problems.push({ line, message });
    if (rowProblems.length > 0 || badLines.has(line)) continue;
    if (seen.has(externalId)) {
      repeated++;
      continue;
    }
    seen.add(externalId);
    rows.push({ line, externalId, destinationUrl: destination || null });
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: true, rows, repeated, problems };
}

/** The server's rules for an external id, as a row's problem. */
export function externalIdProblem(id: string): string | null {
  if (id === '') return 'has an empty external_id';
  if ([...id].length > MAX_EXTERNAL_ID) return `has an external_id longer than ${MAX_EXTERNAL_ID} characters`;
  if (CONTROL.test(id)) return 'has a control character (a line break or tab) in its external_id';
  return null;
}

/** The checks the browser can make; the server also refuses links back to this service. */
export function urlProblem(value: string): string | null {
  if (value.length > MAX_URL) return `has a destination_url longer than ${MAX_URL} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'has a destination_url that is not a full URL (https://…)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'has a destination_url that is not http or https';
  }
  if (url.username || url.password) return 'has a destination_url with a user name or password in it';
  return null;
}
