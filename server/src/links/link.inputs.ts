import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/validation';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Link } from './link.entity';
import { MIN_INDEXED_SEARCH_LENGTH, SEARCH_COUNT_CAP, RECENT_WINDOW } from '../db/substring-search';

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

  @Field(() => ID, { nullable: true, description: 'Makes it a shared link of this campaign.' })
  campaignId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Append sl_cid=<click id> to the destination's query on every redirect; default false.",
  })
  conversionTracking?: boolean | null;
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

  @Field(() => ID, {
    nullable: true,
    description:
      "Moves a shared link to this campaign; null detaches it. A recipient link's campaign never changes.",
  })
  campaignId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Turns conversion tracking on or off; next redirect on.',
  })
  conversionTracking?: boolean | null;
}

@ArgsType()
export class LinksArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Links whose title, destination URL or code contains this text, ignoring case (at most 200 characters). ' +
      `From ${MIN_INDEXED_SEARCH_LENGTH} characters on every link is searched; a shorter search looks only at ` +
      `the ${RECENT_WINDOW.toLocaleString('en')} newest links.`,
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

  @Field(() => ID, { nullable: true, description: "Only this campaign's shared links." })
  campaignId?: string | null;
}

@ObjectType({ description: 'Pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor: string | null;
}

@ObjectType({ description: 'A page of shared links (recipient links are never listed), newest first.' })
export class LinkConnection {
  @Field(() => [Link], { description: 'The links on this page.' })
  nodes: Link[];

  @Field(() => Int, {
    description:
      'Links matching, over all pages. Exact without a search; a search counts at most ' +
      `${SEARCH_COUNT_CAP.toLocaleString('en')} matches (totalCountCapped then says there are more).`,
  })
  totalCount: number;

  @Field({
    description:
      'True when a search matched more links than it counted: totalCount (1,000) is then a lower bound.',
  })
  totalCountCapped: boolean;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}
