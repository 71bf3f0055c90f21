import type { GraphQLSchema } from 'graphql';
import { accountResolvers } from './accounts';
import { analyticsResolvers } from './analytics';
import { campaignResolvers } from './campaigns';
import { buildGraphQLSchema } from './graphql/schema';
import { linkResolvers } from './links';
import { webhookResolvers } from './webhooks';

/** Every domain's resolvers: a new domain adds its list here. */
export const resolvers = [
  ...accountResolvers,
  ...linkResolvers,
  ...analyticsResolvers,
  ...webhookResolvers,
  ...campaignResolvers,
] as const;

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildGraphQLSchema([...resolvers], emitSchemaFile);
}
