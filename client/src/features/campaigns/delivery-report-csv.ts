import type { DeliveryStatus } from '../../gql/graphql';
import { readCsv, type CsvProblem } from './csv';
import { externalIdProblem } from './recipients-csv';

export type ReportedStatus = Exclude<DeliveryStatus, 'PENDING'>;
export const REPORTED_STATUSES: readonly ReportedStatus[] = ['SENT', 'DELIVERED', 'READ', 'FAILED'];

/** The server refuses a report time further ahead than this (clocks drift; the future does not report). */
const MAX_FUTURE_MS = 5 * 60 * 1000;
// A date and a time of day with a zone: without one the instant is a guess.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

export interface DeliveryRow {
  line: number;
  externalId: string;
  status: ReportedStatus;
  /** The reported time as an ISO-8601 instant in UTC. */
  at: string;
}

export type DeliveryReportFile =
  | { ok: true; rows: DeliveryRow[]; problems: CsvProblem[] }
  | { ok: false; error: string };

/**
 * Reads a delivery report (`external_id,status,at`, other columns ignored) and checks every row as the
 * server would. Every good row is an event: a person reported sent, then delivered, then read is three
 * rows, and repeated rows are harmless (the earliest time per status wins on the server).
 */
export function parseDeliveryReportCsv(text: string, now: Date = new Date()): DeliveryReportFile {
  const table = readCsv(text, ['external_id', 'status', 'at']);
  if (!table.ok) return table;
  const problems = [...table.problems];
  const badLines = new Set(problems.map((p) => p.line));
  const rows: DeliveryRow[] = [];

  for (const { line, values } of table.records) {
    const externalId = (values.external_id ?? '').trim();
    const status = (values.status ?? '').trim().toUpperCase();
    const at = (values.at ?? '').trim();
    const instant = parseInstant(at);
    const rowProblems = [
      externalIdProblem(externalId),
      statusProblem(status, values.status ?? ''),
      atProblem(at, instant, now),
    ].filter((p): p is string => p !== null);
    for (const message of rowProblems) problems.push({ line, message });
    if (rowProblems.length > 0 || badLines.has(line)) continue;
    rows.push({ line, externalId, status: status as ReportedStatus, at: instant!.toISOString() });
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: true, rows, problems };
}

function statusProblem(status: string, raw: string): string | null {
  if (status === '') return 'has an empty status';
  if (status === 'PENDING') return 'has status PENDING: a report says SENT, DELIVERED, READ or FAILED';
  if (!(REPORTED_STATUSES as readonly string[]).includes(status)) {
    return `has the status "${raw.trim()}"; use SENT, DELIVERED, READ or FAILED`;
  }
  return null;
}

function parseInstant(value: string): Date | null {
  if (!ISO_INSTANT.test(value)) return null;
  const date = new Date(value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

function atProblem(at: string, instant: Date | null, now: Date): string | null {
  if (at === '') return 'has no time (at)';
  if (!instant) {
    return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:[\d.]+)?$/.test(at)
      ? 'has a time (at) without a time zone: add Z for UTC or an offset such as +02:00'
      : 'has a time (at) that is not ISO-8601, such as 2026-03-01T09:30:00Z';
  }
  if (instant.getTime() > now.getTime() + MAX_FUTURE_MS) return 'has a time (at) in the future';
  return null;
}
