import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { rejectNulCharacters } from './input-guard';
import { DateTimeScalar } from './scalars';

/** A code-first schema from the domains' resolvers (in their order, which the emitted file keeps). */
export function buildGraphQLSchema(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver type
  resolvers: NonEmptyArray<Function>,
  emitSchemaFile?: string,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    globalMiddlewares: [rejectNulCharacters],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
}
