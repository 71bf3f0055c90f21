import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The characters the text rule (security/text.ts) now refuses, as a PostgreSQL regular expression. */
export const BIDI_CONTROLS_RE = '[\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';

/**
 * Titles and names are refused with bidirectional controls from now on; those stored before would still
 * display reordered ("Invoice \u202Egnp.exe" as "Invoice exe.png"), which isolating them in the
 * dashboard cannot undo. So they lose the controls: a title left empty becomes no title, a name left
 * empty keeps its controls rather than become invalid.
 */
export class StripBidiControls1764510000000 implements MigrationInterface {
  name = 'StripBidiControls1764510000000';

  async up(q: QueryRunner): Promise<void> {
    const stripped = (column: string) => `btrim(regexp_replace(${column}, '${BIDI_CONTROLS_RE}', '', 'g'))`;
    await q.query(
      `UPDATE links SET title = NULLIF(${stripped('title')}, '') WHERE title ~ '${BIDI_CONTROLS_RE}'`,
    );
    for (const table of ['accounts', 'api_keys']) {
      await q.query(
        `UPDATE ${table} SET name = ${stripped('name')}
          WHERE name ~ '${BIDI_CONTROLS_RE}' AND ${stripped('name')} <> ''`,
      );
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: the removed characters were invisible and are not kept anywhere.
  }
}
