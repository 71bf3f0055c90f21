import type { ClickRow } from '../../src/clicks/click';
import type { TestServer } from './server';

/** Runs SQL against the test server's database (for assertions the API cannot make). */
export function sql<T = Record<string, any>>(
  server: TestServer,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return server.db.dataSource.query(text, params);
}

/**
 * Writes every queued click, then returns the link's clicks by time. Clicks written in one batch need
 * not get ids in arrival order: settle between visits where their order matters.
 */
export async function clicksOf(server: TestServer, linkId: string): Promise<ClickRow[]> {
  await settle(server);
  return sql<ClickRow>(server, `SELECT * FROM clicks WHERE link_id = $1 ORDER BY clicked_at, id`, [linkId]);
}

/** Waits until every click the server has accepted is written (no sleeps). */
export async function settle(server: TestServer): Promise<void> {
  const done = await server.app.writer.drain(10_000);
  if (!done) throw new Error('clicks were not written within 10 s');
}

/** Counts rows of a table for one account's links (safe on a shared database). */
export async function countFor(
  server: TestServer,
  table: 'links' | 'clicks' | 'link_visitors',
  accountId: string,
) {
  const where =
    table === 'links' ? `account_id = $1` : `link_id IN (SELECT id FROM links WHERE account_id = $1)`;
  const [row] = await sql<{ n: string }>(server, `SELECT count(*) AS n FROM ${table} WHERE ${where}`, [
    accountId,
  ]);
  return Number(row!.n);
}
