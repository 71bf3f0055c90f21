import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed log-ins per account, in the database so that every replica sees the same count: an attacker
 * spreading guesses over replicas (or over many addresses) still meets one limit per account.
 */
export class LoginFailures1764400000000 implements MigrationInterface {
  name = 'LoginFailures1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // email_key is the SHA-256 of the normalised email: fixed size whatever is typed, known or not.
    await q.query(`
      CREATE TABLE login_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_key char(64) NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    // logIn counts an email's recent failures (and finds when the oldest counted one expires).
    await q.query(`CREATE INDEX login_failures_email_time_idx ON login_failures (email_key, failed_at DESC)`);
    // The sweep deletes failures older than the window.
    await q.query(`CREATE INDEX login_failures_time_idx ON login_failures (failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS login_failures`);
  }
}
