import { loadConfig } from '../config';
import { openDatabase } from './database';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL or the embedded database, then exits. */
async function main() {
  const db = await openDatabase(loadConfig(), { log: (message) => console.log(message) });
  const pending = await db.dataSource.showMigrations();
  console.log(pending ? 'Migrations pending after run (unexpected)' : 'Database schema is up to date');
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
