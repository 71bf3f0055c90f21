import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** Per-request loaders: batch every link on a page into one query, scoped to the caller's account. */
export function createLoaders(db: DataSource, accountId: string | null) {
  return {
    clickCountByLinkId: new DataLoader<string, number>(async (linkIds) => {
      if (!accountId) return linkIds.map(() => 0);
      const rows: { link_id: string; clicks: string }[] = await db.query(
        `SELECT c.link_id, c.clicks FROM link_click_counts c JOIN links l ON l.id = c.link_id
          WHERE c.link_id = ANY($1::uuid[]) AND l.account_id = $2`,
        [linkIds, accountId],
      );
      const byId = new Map(rows.map((r) => [r.link_id, Number(r.clicks)]));
      return linkIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
