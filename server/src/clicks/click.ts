import { uuidv7 } from '../shared/ids';
import type { Platform } from './classify';

/**
 * The click model: the one list of a click's fields. The writer's INSERT, the rows tests read back, the
 * CSV export's SELECT and the `click.recorded` payload are all derived from it, so a new field is added
 * here and nowhere else.
 */
export type Classification = 'UNIQUE' | 'REPEAT' | 'BOT';
export const CLASSIFICATIONS: readonly Classification[] = ['UNIQUE', 'REPEAT', 'BOT'];

/** A stored click: an append-only fact. Bots are flagged, never dropped; the address only as a prefix. */
export interface Click {
  /** The row's key, internal (a sequence). */
  id: string;
  /**
   * The click's public id (a UUIDv7), minted by the redirect before the click is written: the sl_cid a
   * destination receives, the id in click.recorded messages. Null for clicks stored before it existed.
   */
  clickId: string | null;
  linkId: string;
  clickedAt: Date;
  classification: Classification;
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  browser: string;
  browserVersion: string | null;
  os: string;
  platform: Platform;
  referrerHost: string | null;
  botAgent: string | null;
  ipPrefix: string | null;
  userAgent: string | null;
}

/**
 * The fields a click is written with (the id is the database's, the class the writer's). A click without
 * a public id gets one when written.
 */
export type NewClick = Omit<Click, 'id' | 'clickId'> & { clickId?: string | null };

/** A click as captured by the redirect, before the writer classifies and stores it. */
export interface CapturedClick extends Omit<NewClick, 'classification'> {
  /** Non-bot clicks: the key that decides uniqueness (cookie when sent, else address + user agent). */
  visitorKey: string | null;
  /** Other keys that identify the same visitor from now on (the address hash, or a newly minted cookie). */
  alsoKnownAs: string[];
}

type ArrayType = 'uuid' | 'timestamptz' | 'text' | 'float8';

/** How each written field is stored: its column's array type for unnest, and the most characters kept. */
const COLUMNS: { readonly [K in keyof NewClick]-?: { type: ArrayType; max?: number } } = {
  clickId: { type: 'uuid' },
  linkId: { type: 'uuid' },
  clickedAt: { type: 'timestamptz' },
  classification: { type: 'text' },
  country: { type: 'text' },
  region: { type: 'text', max: 100 },
  city: { type: 'text', max: 100 },
  latitude: { type: 'float8' },
  longitude: { type: 'float8' },
  browser: { type: 'text', max: 50 },
  browserVersion: { type: 'text', max: 20 },
  os: { type: 'text', max: 50 },
  platform: { type: 'text' },
  referrerHost: { type: 'text', max: 255 },
  botAgent: { type: 'text', max: 60 },
  ipPrefix: { type: 'text' },
  userAgent: { type: 'text', max: 1024 },
};
const FIELDS = Object.keys(COLUMNS) as (keyof NewClick)[];

type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;
/** A clicks row as PostgreSQL returns it (`SELECT * FROM clicks`): the model's fields, snake_cased. */
export type ClickRow = { [K in keyof Click as Snake<K>]: Click[K] };

/** The column of a field: the field's name in snake_case. */
export const clickColumn = (field: keyof Click): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const COLUMN_LIST = FIELDS.map(clickColumn).join(', ');

/**
 * One statement for a whole batch: a parallel array per column, unnested. Clicks of a link deleted
 * meanwhile are skipped, not an error; the others get ids in the order given (the semi-join alone may
 * reorder them).
 */
export const INSERT_CLICKS_SQL = `
  INSERT INTO clicks (${COLUMN_LIST})
  SELECT ${FIELDS.map((f) => `u.${clickColumn(f)}`).join(', ')}
    FROM unnest(${FIELDS.map((f, i) => `$${i + 1}::${COLUMNS[f].type}[]`).join(', ')})
         WITH ORDINALITY AS u(${COLUMN_LIST}, n)
   WHERE EXISTS (SELECT 1 FROM links l WHERE l.id = u.link_id)
   ORDER BY u.n`;

/** The parameters of INSERT_CLICKS_SQL, text cut to its column's length. */
export function insertClicksParams(clicks: readonly NewClick[]): unknown[][] {
  return FIELDS.map((field) => {
    const { max } = COLUMNS[field];
    if (field === 'clickId') return clicks.map((c) => c.clickId ?? uuidv7(c.clickedAt.getTime()));
    return clicks.map((click) => {
      const value = click[field];
      if (value instanceof Date) return value.toISOString();
      return max !== undefined && typeof value === 'string' ? value.slice(0, max) : value;
    });
  });
}

/** A click with its text cut to its columns' lengths: what is stored, and what the aggregates group. */
export function asStored<C extends NewClick>(click: C): C {
  const out = { ...click };
  for (const field of FIELDS) {
    const { max } = COLUMNS[field];
    const value = out[field];
    if (max !== undefined && typeof value === 'string' && value.length > max)
      (out as Record<string, unknown>)[field] = value.slice(0, max);
  }
  return out;
}

/** A SELECT list reading the given fields of `clicks c` under the model's names. */
export function selectClickFields(fields: readonly (keyof Click)[]): string {
  return fields.map((f) => (f === 'id' ? `c.id::text AS "id"` : `c.${clickColumn(f)} AS "${f}"`)).join(', ');
}

const PLATFORMS = new Set<string>(['desktop', 'mobile', 'tablet', 'other']);

/** How a value of a click's field is named for people (the breakdowns, the webhook payload). */
export const displayName = {
  referrer: (host: string | null): string => host || 'Direct',
  /** Browser and OS: an empty name is Unknown. */
  product: (name: string | null): string => name || 'Unknown',
  platform: (value: string | null): string =>
    !value ? 'Unknown' : PLATFORMS.has(value) || value === 'Unknown' ? value : 'other',
};

/** The link a recorded click belongs to, as the `click.recorded` payload names it. */
export interface ClickOwner {
  code: string;
  campaignId: string | null;
  recipientExternalId: string | null;
}

/** `data.click` of a `click.recorded` webhook message. */
export interface ClickRecordedPayload {
  /** The click's public id: the sl_cid its destination received. */
  id: string;
  linkId: string;
  code: string;
  campaignId: string | null;
  recipientExternalId: string | null;
  clickedAt: string;
  classification: Classification;
  botAgent: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  browser: string;
  os: string;
  platform: string;
  referrer: string | null;
}

/** The payload of a stored click: unknown places are null, products use the breakdowns' names. */
export function clickRecordedPayload(click: Click, owner: ClickOwner): ClickRecordedPayload {
  return {
    id: click.clickId ?? click.id,
    linkId: click.linkId,
    code: owner.code,
    campaignId: owner.campaignId,
    recipientExternalId: owner.recipientExternalId,
    clickedAt: click.clickedAt.toISOString(),
    classification: click.classification,
    botAgent: click.botAgent || null,
    country: click.country || null,
    region: click.region || null,
    city: click.city || null,
    browser: displayName.product(click.browser),
    os: displayName.product(click.os),
    platform: displayName.platform(click.platform),
    referrer: click.referrerHost || null,
  };
}
