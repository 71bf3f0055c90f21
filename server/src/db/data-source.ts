import 'reflect-metadata';
import pg, { type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { domainEntities } from '../domains';
import { WatchedPool } from './connection-errors';
import { migrations } from './migrations';

/** The process's one pg pool: TypeORM's queries and the click writer's batches share it. */
export function createPool(url: string, max = 10): Pool {
  return new WatchedPool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
}

/**
 * A DataSource over a pool we own. TypeORM builds its pool from the `driver` module it is given, so the
 * module handed to it returns ours: no code reaches into TypeORM's driver for it, and an upgrade of
 * TypeORM cannot silently change which pool the writer uses. Destroying the DataSource ends the pool.
 */
export function createDataSource(pool: Pool): DataSource {
  const driver: typeof pg = Object.assign(Object.create(pg) as typeof pg, {
    Pool: function OwnedPool() {
      return pool;
    },
  });
  return new DataSource({
    type: 'postgres',
    driver,
    entities: [...domainEntities],
    migrations,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    synchronize: false,
    // A failed query's parameters hold personal data (emails, user agents): errors are logged by message only.
    logging: false,
  });
}

/** For the TypeORM CLI, which wants a default-exported DataSource (real PostgreSQL only). */
export default createDataSource(
  createPool(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
);
