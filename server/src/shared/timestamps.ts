import { DateTimeISOResolver } from 'graphql-scalars';

/**
 * The one rule for a timestamp sent by a client (GraphQL's DateTime scalar and the HTTP export's query
 * alike): an RFC 3339 date-time. Throws on anything else.
 */
export function parseTimestamp(value: string): Date {
  return DateTimeISOResolver.parseValue(value) as Date;
}
