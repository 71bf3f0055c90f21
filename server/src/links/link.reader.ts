import type { DataSource } from 'typeorm';
import type { Queryable } from '../shared/events';
import { isUuid } from '../shared/ids';
import { notFound } from '../shared/errors';
import { Link, linkFromRow } from './link.entity';
import { CODE_RE } from './link.rules';

/** A link the caller may see: only this module hands these out, after checking the account. */
export interface OwnedLink {
  readonly id: string;
  readonly code: string;
  readonly accountId: string;
  /** A campaign's per-person link (no per-link aggregates, never listed, deleted only with its campaign). */
  readonly isRecipientLink: boolean;
  readonly campaignId: string | null;
}

/** Where a short code points: the redirect's only read. */
export interface RedirectTarget {
  id: string;
  destinationUrl: string;
  expiresAt: Date | null;
  /** Append sl_cid=<click id>: conversion tracking is on for the link or for its campaign. */
  conversionTracking: boolean;
  /** The link's campaign, so a change of the campaign's conversion tracking drops its cached links. */
  campaignId: string | null;
}

/**
 * The one owner of reading the links table. Every reader of an account's links comes through here, so
 * "a foreign id is indistinguishable from a missing one" is decided in one place; a malformed id or code
 * never reaches SQL.
 */
export class LinkReader {
  constructor(private readonly db: DataSource) {}

  /** The account's links among `ids` (missing, malformed and foreign ids are simply absent). */
  async owned(accountId: string, ids: readonly string[], q: Queryable = this.db): Promise<OwnedLink[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return q.query<OwnedLink>(
      `SELECT id, code, account_id AS "accountId", is_recipient AS "isRecipientLink", campaign_id AS "campaignId"
         FROM links WHERE id = ANY($1::uuid[]) AND account_id = $2`,
      [valid, accountId],
    );
  }

  /** The account's link, or NOT_FOUND. `q` lets a caller read it inside its own transaction. */
  async require(accountId: string, id: string, q: Queryable = this.db): Promise<OwnedLink> {
    const [link] = await this.owned(accountId, [id], q);
    if (!link) throw notFound('Link');
    return link;
  }

  /** The full entities of the account's links among `ids`, in no particular order. */
  async entities(accountId: string, ids: readonly string[], q: Queryable = this.db): Promise<Link[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    // One array parameter: TypeORM's In() expands to a parameter per id, slow for a 10,000-item answer.
    const rows = await q.query(`SELECT * FROM links WHERE id = ANY($1::uuid[]) AND account_id = $2`, [
      valid,
      accountId,
    ]);
    return rows.map(linkFromRow);
  }

  /** How many links each of `campaignIds` has (shared and recipient), among the account's. */
  async countByCampaign(accountId: string, campaignIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ campaignId: string; n: string }[]>(
      `SELECT campaign_id AS "campaignId", count(*) AS n FROM links
        WHERE campaign_id = ANY($1::uuid[]) AND account_id = $2 GROUP BY campaign_id`,
      [campaignIds.filter(isUuid), accountId],
    );
    return new Map(rows.map((r) => [r.campaignId, Number(r.n)]));
  }

  /** The full entity of the account's link, or null. */
  entity(accountId: string, id: string): Promise<Link | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db.getRepository(Link).findOne({ where: { id, accountId } });
  }

  entityByCode(accountId: string, code: string): Promise<Link | null> {
    // No stored code has another shape; this also keeps NUL bytes and the like away from SQL.
    if (typeof code !== 'string' || !CODE_RE.test(code)) return Promise.resolve(null);
    return this.db.getRepository(Link).findOne({ where: { code, accountId } });
  }

  /** Redirect targets by code, any account's: one query for a whole set of codes. */
  async targets(codes: readonly string[]): Promise<Map<string, RedirectTarget>> {
    const rows = await this.db.query<(RedirectTarget & { code: string })[]>(
      // A join on the unnested codes, not \`code = ANY\`: that form let the planner pick the trigram
      // index (which also answers =) and take seconds once its pending list grew.
      `SELECT l.id, l.code, l.destination_url AS "destinationUrl", l.expires_at AS "expiresAt",
              l.conversion_tracking OR coalesce(c.conversion_tracking, false) AS "conversionTracking",
              l.campaign_id AS "campaignId"
         FROM unnest($1::text[]) AS u(code)
         JOIN links l ON l.code = u.code
         LEFT JOIN campaigns c ON c.id = l.campaign_id`,
      [codes],
    );
    return new Map(rows.map(({ code, ...target }) => [code, target]));
  }
}
