import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LinkReader } from './link.reader';

/** Per-request loaders: batch every link on a page into one query, scoped to the caller's account. */
export function createLoaders(db: DataSource, links: LinkReader, accountId: string | null) {
  return {
    clickCountByLinkId: new DataLoader<string, number>(async (linkIds) => {
      if (!accountId) return linkIds.map(() => 0);
      const owned = (await links.owned(accountId, linkIds)).map((link) => link.id);
      const rows: { link_id: string; clicks: string }[] =
        owned.length === 0
          ? []
          : await db.query(`SELECT link_id, clicks FROM link_click_counts WHERE link_id = ANY($1::uuid[])`, [
              owned,
            ]);
      const byId = new Map(rows.map((r) => [r.link_id, Number(r.clicks)]));
      return linkIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
