import type { GraphQLSchema } from 'graphql';
import { domainResolvers } from './domains';
import { buildGraphQLSchema } from './graphql/schema';

/** Every domain's resolvers (listed in domains.ts). */
export const resolvers = domainResolvers;

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildGraphQLSchema([...resolvers], emitSchemaFile);
}
