import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../accounts/account.resolver';
import { ClickStatsResolver } from '../analytics/click-stats.resolver';
import { LinkResolver } from '../links/link.resolver';
import { DateTimeScalar } from './scalars';
import { rejectNulCharacters } from './input-guard';

export const resolvers = [AccountResolver, LinkResolver, ClickStatsResolver] as const;

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    globalMiddlewares: [rejectNulCharacters],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
}
