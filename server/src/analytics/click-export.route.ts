import type { Request, Response } from 'express';
import type { Viewer } from '../accounts/viewer';
import type { LinkReader } from '../links/link.reader';
import { AppError, badInput, ErrorCode, unauthenticated } from '../shared/errors';
import { parseTimestamp } from '../shared/timestamps';
import { resolveClickRange } from './click-range';
import type { DataSource } from 'typeorm';
import { CSV_COLUMNS, exportClicks, type ExportedClick } from './click-export';
import { DateRangePreset, Interval, type ClickStatsFilter } from './click-stats.types';
import { formatInZone, MINUTE_MS, offsetAt } from './time-zone';

const HEADER = CSV_COLUMNS.map(([name]) => name).join(',');
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INTERNAL_SERVER_ERROR: 500,
};

type Query = Request['query'];

function param(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badInput(name, `${name} must be given once`);
  return value;
}

function instant(query: Query, name: 'from' | 'to'): Date | undefined {
  const value = param(query, name);
  if (value === undefined) return undefined;
  try {
    return parseTimestamp(value);
  } catch {
    throw badInput(name, `${name} must be an ISO-8601 timestamp such as 2026-03-01T00:00:00Z`);
  }
}

/** The export's query string: the same filter as clickStats, plus excludeBots. */
export function parseExportQuery(query: Query): { filter: ClickStatsFilter; excludeBots: boolean } {
  const range = param(query, 'range');
  if (range !== undefined && !Object.hasOwn(DateRangePreset, range)) {
    throw badInput('range', `range must be one of ${Object.keys(DateRangePreset).join(', ')}`);
  }
  const bots = param(query, 'excludeBots');
  if (bots !== undefined && !['true', 'false', '1', '0'].includes(bots)) {
    throw badInput('excludeBots', 'excludeBots must be true or false');
  }
  return {
    filter: {
      range: range as DateRangePreset | undefined,
      from: instant(query, 'from'),
      to: instant(query, 'to'),
      timeZone: param(query, 'timeZone'),
    },
    excludeBots: bots === 'true' || bots === '1',
  };
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Formats times in one zone; offsets only change on quarter-hour boundaries, so one lookup per slot. */
function zonedClock(timeZone: string) {
  let slot = NaN;
  let offset = 0;
  return (at: Date) => {
    const ms = at.getTime();
    const s = Math.floor(ms / (15 * MINUTE_MS));
    if (s !== slot) {
      slot = s;
      offset = offsetAt(timeZone, ms);
    }
    return formatInZone(ms, offset);
  };
}

function csvRow(click: ExportedClick, time: string): (string | null)[] {
  return CSV_COLUMNS.map(([, field]) => (field === 'clickedAt' ? time : click[field]));
}

function waitForDrain(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function sendError(res: Response, error: AppError): void {
  res
    .status(STATUS[error.code] ?? 400)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message: error.message, extensions: { ...error.extensions } }] });
}

/** What a CSV download streams: checked and opened before the first byte is sent. */
export interface CsvDownload {
  filename: string;
  header: string;
  /** Pages of rows, each row its cells. */
  pages: AsyncIterable<(string | null)[][]>;
}

/**
 * A streamed CSV download behind the same authentication as GraphQL (session cookie or Bearer API key).
 * Errors before the first byte are JSON `{ errors: [{ message, extensions: { code, field } }] }` with the
 * status their code implies; a failure mid-stream cuts the response so it is never mistaken for whole.
 */
export function csvDownloadHandler(
  viewerFor: (req: Request) => Promise<Viewer | null>,
  open: (viewer: Viewer, req: Request) => Promise<CsvDownload>,
) {
  return async function download(req: Request, res: Response): Promise<void> {
    try {
      const viewer = await viewerFor(req);
      if (!viewer) throw unauthenticated();
      const { filename, header, pages } = await open(viewer, req);
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      });
      res.write(`${header}\r\n`);
      for await (const page of pages) {
        const chunk = page.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
        if (!res.write(chunk)) await waitForDrain(res);
        if (res.destroyed) return; // the client went away: stop reading
      }
      res.end();
    } catch (error) {
      if (res.headersSent) {
        console.error(`CSV export failed mid-stream: ${(error as Error).message}`);
        res.destroy();
      } else if (error instanceof AppError) {
        sendError(res, error);
      } else {
        console.error(error);
        sendError(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
      }
    }
  };
}

/**
 * GET /api/links/:id/clicks.csv — one row a click in the range, oldest first, streamed page by page,
 * with the same filter rules and NOT_FOUND as clickStats.
 */
export function createClickExportHandler(deps: {
  db: DataSource;
  links: LinkReader;
  viewerFor: (req: Request) => Promise<Viewer | null>;
}) {
  return csvDownloadHandler(deps.viewerFor, async (viewer, req) => {
    const { filter, excludeBots } = parseExportQuery(req.query);
    const range = resolveClickRange(filter, Interval.DAY);
    const link = await deps.links.require(viewer.accountId, req.params.id as string);
    const clock = zonedClock(range.timeZone);
    async function* pages() {
      for await (const page of exportClicks(deps.db, link, range, excludeBots))
        yield page.map((click) => csvRow(click, clock(click.clickedAt)));
    }
    return { filename: `${link.code}-clicks.csv`, header: HEADER, pages: pages() };
  });
}
