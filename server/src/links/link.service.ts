import type { DataSource } from 'typeorm';
import { badInput, codeTaken, isUuid, notFound } from '../errors';
import { Link } from './link.entity';
import {
  CODE_RE,
  generateCode,
  validateCustomCode,
  validateDestinationUrl,
  validateExpiresAt,
  validateTitle,
} from './link.rules';

export interface CreateLinkValues {
  destinationUrl: string;
  title?: string | null;
  customCode?: string | null;
  expiresAt?: Date | null;
}
export interface UpdateLinkValues {
  destinationUrl?: string | null;
  title?: string | null;
  expiresAt?: Date | null;
}
export interface LinkPage {
  nodes: Link[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Told of every change to a link's redirect (create, edit, delete), e.g. to drop it from a cache
 * (a create clears a remembered "unknown code").
 */
export type LinkChangeListener = (change: { code: string; kind: 'created' | 'updated' | 'deleted' }) => void;

export const MAX_PAGE_SIZE = 100;
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

function encodeCursor(link: Link): string {
  return Buffer.from(`${link.createdAt.toISOString()}|${link.id}`).toString('base64url');
}
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  const year = createdAt.getUTCFullYear();
  if (!id || !isUuid(id) || Number.isNaN(year) || year < 1970 || year > 9999)
    throw badInput('after', 'Invalid cursor');
  return { createdAt, id };
}
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class LinkService {
  private readonly listeners: LinkChangeListener[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly publicBaseUrl: string,
    /** The port this process listens on: a destination there loops back to us as well. */
    private readonly listenPort = 0,
  ) {}

  onChange(listener: LinkChangeListener): void {
    this.listeners.push(listener);
  }
  private emit(change: Parameters<LinkChangeListener>[0]) {
    for (const listener of this.listeners) listener(change);
  }

  shortUrl(code: string): string {
    return `${this.publicBaseUrl}/${code}`;
  }

  async create(accountId: string, input: CreateLinkValues): Promise<Link> {
    const destinationUrl = validateDestinationUrl(input.destinationUrl, this.publicBaseUrl, this.listenPort);
    const title = validateTitle(input.title);
    const customCode = validateCustomCode(input.customCode);
    const expiresAt = validateExpiresAt(input.expiresAt);
    const repo = this.db.getRepository(Link);
    for (let attempt = 0; ; attempt++) {
      const code = customCode ?? generateCode();
      try {
        const rows: Link[] = await this.db.query(
          `INSERT INTO links (account_id, code, destination_url, title, expires_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING id`,
          [accountId, code, destinationUrl, title, expiresAt],
        );
        if (rows.length === 1) {
          this.emit({ code, kind: 'created' });
          return await repo.findOneByOrFail({ id: rows[0]!.id });
        }
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (customCode) throw codeTaken();
      if (attempt >= 5) throw new Error('Could not generate a free short code');
    }
  }

  async update(accountId: string, id: string, input: UpdateLinkValues): Promise<Link> {
    const link = await this.get(accountId, id);
    if (!link) throw notFound();
    if (input.destinationUrl !== undefined)
      link.destinationUrl = validateDestinationUrl(input.destinationUrl, this.publicBaseUrl, this.listenPort);
    if (input.title !== undefined) link.title = validateTitle(input.title);
    // Sending back the expiry a link already has is no change, even when it has passed (an edit of an
    // expired link's title); only a new expiry must lie in the future.
    if (input.expiresAt !== undefined && input.expiresAt?.getTime() !== link.expiresAt?.getTime()) {
      link.expiresAt = validateExpiresAt(input.expiresAt);
    }
    const rows: Link[] = await this.db.query(
      `WITH updated AS (
         UPDATE links SET destination_url = $3, title = $4, expires_at = $5, updated_at = now()
          WHERE id = $1 AND account_id = $2 RETURNING id
       ) SELECT id FROM updated`,
      [link.id, accountId, link.destinationUrl, link.title, link.expiresAt],
    );
    if (rows.length === 0) throw notFound();
    this.emit({ code: link.code, kind: 'updated' });
    return this.db.getRepository(Link).findOneByOrFail({ id: link.id });
  }

  /** Removes the link with all its clicks and aggregates (ON DELETE CASCADE). */
  async delete(accountId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound();
    const rows: { code: string }[] = await this.db.query(
      `WITH deleted AS (DELETE FROM links WHERE id = $1 AND account_id = $2 RETURNING code) SELECT code FROM deleted`,
      [id, accountId],
    );
    if (rows.length === 0) throw notFound();
    this.emit({ code: rows[0]!.code, kind: 'deleted' });
  }

  async get(accountId: string, id: string): Promise<Link | null> {
    if (!isUuid(id)) return null;
    return this.db.getRepository(Link).findOne({ where: { id, accountId } });
  }

  async getByCode(accountId: string, code: string): Promise<Link | null> {
    // No stored code has another shape; this also keeps NUL bytes and the like away from SQL.
    if (typeof code !== 'string' || !CODE_RE.test(code)) return null;
    return this.db.getRepository(Link).findOne({ where: { code, accountId } });
  }

  /** Newest first, paged by an opaque (createdAt, id) cursor; search matches title, destination and code. */
  async list(
    accountId: string,
    opts: { search?: string | null; first?: number | null; after?: string | null },
  ): Promise<LinkPage> {
    const first = opts.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
    }
    const search = typeof opts.search === 'string' ? opts.search.trim() : '';
    if (search.length > 200) throw badInput('search', 'Search must be at most 200 characters');
    if (/\u0000/.test(search)) throw badInput('search', 'Search must not contain NUL characters');
    const qb = this.db
      .getRepository(Link)
      .createQueryBuilder('l')
      .where('l.account_id = :accountId', { accountId });
    if (search) {
      qb.andWhere(`(l.title ILIKE :pattern OR l.destination_url ILIKE :pattern OR l.code ILIKE :pattern)`, {
        pattern: `%${escapeLike(search)}%`,
      });
    }
    const totalCount = await qb.clone().getCount();
    if (opts.after) {
      const cursor = decodeCursor(opts.after);
      qb.andWhere('(l.created_at, l.id) < (:createdAt, :id)', cursor);
    }
    const rows = await qb
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last) : null,
    };
  }
}
