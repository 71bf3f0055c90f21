import Papa from 'papaparse';

/** A bad row, named by its line in the file as a spreadsheet or editor shows it (the header is line 1). */
export interface CsvProblem {
  line: number;
  message: string;
}

/** A data row: its values by normalised column name, and the line it starts on. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export type CsvTable =
  | { ok: true; columns: string[]; records: CsvRecord[]; problems: CsvProblem[] }
  | { ok: false; error: string };

/** `External ID`, `external-id` and `EXTERNAL_ID` all name the `external_id` column. */
export function normaliseColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Reads a CSV file with a header row. The delimiter is detected (comma, semicolon, tab: spreadsheets
 * in many locales save with semicolons); quoted fields may span lines, so each record's line is counted
 * from where it starts in the text rather than from its position in the list.
 */
export function readCsv(text: string, required: readonly string[]): CsvTable {
  // A byte-order mark (Excel's "CSV UTF-8") would otherwise be part of the first column's name.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let columns: string[] | null = null;
  let start = 0;
  let line = 1;

  Papa.parse<string[]>(source, {
    delimiter: guessDelimiter(source),
    skipEmptyLines: false,
    step(result) {
      const rowLine = line;
      const end = result.meta.cursor;
      line += countLineBreaks(source, start, end);
      start = end;
      const fields = result.data;
      if (columns === null) {
        columns = fields.map(normaliseColumn);
        return;
      }
      for (const error of result.errors) {
        problems.push({ line: rowLine, message: describeParseError(error.code) });
      }
      if (fields.every((f) => f.trim() === '')) return;
      const values: Record<string, string> = {};
      columns.forEach((column, i) => {
        if (column && values[column] === undefined) values[column] = fields[i] ?? '';
      });
      const extra = fields.slice(columns.length).filter((f) => f.trim() !== '');
      if (extra.length > 0) {
        problems.push({
          line: rowLine,
          message: `has ${fields.length} fields but the header names ${columns.length}; quote values that contain the delimiter`,
        });
      }
      records.push({ line: rowLine, values });
    },
  });

  const header: string[] = columns ?? [];
  if (header.length === 0 || header.every((c) => c === '')) {
    return { ok: false, error: 'The file is empty. It needs a header row, then one row per person.' };
  }
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const found = header.filter(Boolean).join(', ');
    return {
      ok: false,
      error: `The header row (line 1) has no ${missing.join(', ')} column. It has: ${found || 'nothing'}.`,
    };
  }
  const repeated = header.find((c, i) => c && header.indexOf(c) !== i);
  if (repeated) {
    return { ok: false, error: `The header row (line 1) names the column ${repeated} twice.` };
  }
  if (records.length === 0) {
    return { ok: false, error: 'The file has a header row but no rows below it.' };
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: true, columns: header, records, problems };
}

/** The delimiter used most in the header row (Papa's own guess stumbles on blank lines). */
function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // \r\n counts once, a lone \r (old Mac files) too.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function describeParseError(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'has a quoted value that is never closed';
    case 'InvalidQuotes':
      return 'has a stray quote inside a value';
    default:
      return 'could not be read';
  }
}
