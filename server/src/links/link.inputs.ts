import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/validation';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Link } from './link.entity';

@InputType({ description: 'A new short link.' })
export class CreateLinkInput {
  @Field({ description: 'Absolute http(s) URL visitors are redirected to, at most 2,048 characters.' })
  destinationUrl: string;

  @Field(() => String, { nullable: true, description: 'Optional label, at most 200 characters.' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Optional short code: 4–12 letters or digits, case-sensitive. Blank generates one.',
  })
  customCode?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the link stops redirecting. Must be in the future.',
  })
  expiresAt?: Date | null;
}

@InputType({ description: 'Changes to a link. Omitted fields stay as they are; the code never changes.' })
export class UpdateLinkInput {
  @Field(() => String, { nullable: true, description: 'New destination; takes effect at once.' })
  destinationUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'New title; null or blank clears it.' })
  title?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'New expiration; null clears it (the link never expires).',
  })
  expiresAt?: Date | null;
}

@ArgsType()
export class LinksArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive match on title, destination URL or code.',
  })
  search?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor from a previous page (pageInfo.endCursor).' })
  after?: string | null;
}

@ObjectType({ description: 'Pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor: string | null;
}

@ObjectType({ description: 'A page of links, newest first.' })
export class LinkConnection {
  @Field(() => [Link], { description: 'The links on this page.' })
  nodes: Link[];

  @Field(() => Int, { description: 'Links matching the search, over all pages.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}
