import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { ApiKey } from '../accounts/api-key.entity';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { Link } from '../links/link.entity';
import { migrations } from './migrations';

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [Account, User, Session, ApiKey, Link],
    migrations,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    synchronize: false,
    // A failed query's parameters hold personal data (emails, user agents): errors are logged by message only.
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  });
}

/** For the TypeORM CLI, which wants a default-exported DataSource (real PostgreSQL only). */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
