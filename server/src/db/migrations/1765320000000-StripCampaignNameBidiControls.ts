import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BIDI_CONTROLS_RE } from './1764510000000-StripBidiControls';

/**
 * Campaign names now follow the text rule of titles and names (StripBidiControls): refused with
 * bidirectional controls from now on, and those stored before lose them. A name left empty keeps its
 * controls rather than become invalid.
 */
export class StripCampaignNameBidiControls1765320000000 implements MigrationInterface {
  name = 'StripCampaignNameBidiControls1765320000000';

  async up(q: QueryRunner): Promise<void> {
    const stripped = `btrim(regexp_replace(name, '${BIDI_CONTROLS_RE}', '', 'g'))`;
    await q.query(
      `UPDATE campaigns SET name = ${stripped} WHERE name ~ '${BIDI_CONTROLS_RE}' AND ${stripped} <> ''`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the removed characters were invisible and are not kept anywhere.
  }
}
