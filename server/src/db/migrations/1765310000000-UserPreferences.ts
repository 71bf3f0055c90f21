import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a person chose to keep between visits: for now whether analytics leave bots out. */
export class UserPreferences1765310000000 implements MigrationInterface {
  name = 'UserPreferences1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN exclude_bots boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN exclude_bots`);
  }
}
