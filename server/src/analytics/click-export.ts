import type { DataSource } from 'typeorm';
import { selectClickFields, type Click } from '../clicks/click';
import type { OwnedLink } from '../links/link.reader';
import type { ClickRange } from './click-range';

/** The CSV's columns, in order: the header, and the click field it shows. */
export const CSV_COLUMNS = [
  ['time', 'clickedAt'],
  ['classification', 'classification'],
  ['country', 'country'],
  ['city', 'city'],
  ['browser', 'browser'],
  ['os', 'os'],
  ['platform', 'platform'],
  ['referrer', 'referrerHost'],
  ['bot_agent', 'botAgent'],
] as const satisfies readonly (readonly [string, keyof Click])[];

/** One exported click: the fields the CSV shows, and the id it is paged by. */
export type ExportedClick = Pick<Click, 'id' | (typeof CSV_COLUMNS)[number][1]>;

const SELECT_EXPORTED = selectClickFields(['id', ...CSV_COLUMNS.map(([, field]) => field)]);

/**
 * A link's clicks in a range, oldest first, in pages read by keyset (clicked_at, id): memory stays flat
 * however many clicks there are, and no transaction is held open between pages. The link comes from
 * LinkReader, which checked the account.
 */
export async function* exportClicks(
  db: DataSource,
  link: OwnedLink,
  range: Pick<ClickRange, 'from' | 'to'>,
  excludeBots: boolean,
  pageSize = 5000,
): AsyncGenerator<ExportedClick[]> {
  let after: { micros: string; id: string } = { micros: '-1', id: '0' };
  for (;;) {
    const rows: (ExportedClick & { micros: string })[] = await db.query(
      `SELECT ${SELECT_EXPORTED},
              ((extract(epoch FROM c.clicked_at) * 1000000)::numeric)::bigint::text AS micros
         FROM clicks c
        WHERE c.link_id = $1
          AND c.clicked_at >= greatest($2::timestamptz, timestamptz 'epoch' + $4::bigint * interval '1 microsecond')
          AND c.clicked_at < $3
          AND (c.clicked_at, c.id) > (timestamptz 'epoch' + $4::bigint * interval '1 microsecond', $5::bigint)
          AND ($6::boolean IS FALSE OR c.classification <> 'BOT')
        ORDER BY c.clicked_at, c.id
        LIMIT $7`,
      [
        link.id,
        range.from.toISOString(),
        range.to.toISOString(),
        after.micros,
        after.id,
        excludeBots,
        pageSize,
      ],
    );
    if (rows.length === 0) return;
    yield rows.map(({ micros: _m, ...click }) => click);
    const last = rows[rows.length - 1]!;
    after = { micros: last.micros, id: last.id };
    if (rows.length < pageSize) return;
  }
}
