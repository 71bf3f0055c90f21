import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../links/link.inputs';
import { Campaign, Channel } from './campaign.entity';
import { DeliveryStatus, Recipient } from './recipient.entity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/validation';

@InputType({ description: 'A new campaign.' })
export class CreateCampaignInput {
  @Field({ description: 'Name, 1–200 characters.' })
  name: string;

  @Field(() => Channel, { nullable: true, description: 'Channel; default OTHER.' })
  channel?: Channel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Default destination of its recipient links: absolute http(s) URL, at most 2,048 characters.',
  })
  destinationUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 currency code of conversion values; default USD.',
  })
  currency?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Append sl_cid=<click id> to the destination on every link of the campaign; default false.',
  })
  conversionTracking?: boolean | null;
}

@InputType({ description: 'Changes to a campaign. Omitted fields stay as they are.' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true, description: 'New name, 1–200 characters.' })
  name?: string | null;

  @Field(() => Channel, { nullable: true, description: 'New channel.' })
  channel?: Channel | null;

  @Field(() => String, {
    nullable: true,
    description: 'New default destination of recipient links; null clears it. Existing links keep theirs.',
  })
  destinationUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'New ISO 4217 currency code.' })
  currency?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Turns conversion tracking on or off; next redirect on.',
  })
  conversionTracking?: boolean | null;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
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

@ObjectType({ description: 'A page of campaigns, newest first.' })
export class CampaignConnection {
  @Field(() => [Campaign], { description: 'The campaigns on this page.' })
  nodes: Campaign[];

  @Field(() => Int, { description: 'Campaigns matching the search, over all pages.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}

@InputType({ description: 'A person to add to a campaign.' })
export class RecipientInput {
  @Field({
    description:
      "The integration's id for the person: 1–200 characters, no control characters, unique in the campaign.",
  })
  externalId: string;

  @Field(() => String, {
    nullable: true,
    description: "Destination of this person's link; default the campaign's destinationUrl.",
  })
  destinationUrl?: string | null;
}

@ArgsType()
export class RecipientsArgs {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId: string;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of externalId.' })
  search?: string | null;

  @Field(() => DeliveryStatus, { nullable: true, description: 'Only recipients in this delivery state.' })
  status?: DeliveryStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only recipients with a non-bot click; false: only those without.',
  })
  clicked?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only recipients with a conversion; false: only those without.',
  })
  converted?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor from a previous page (pageInfo.endCursor).' })
  after?: string | null;
}

@ObjectType({ description: 'A page of recipients, in upload order.' })
export class RecipientConnection {
  @Field(() => [Recipient], { description: 'The recipients on this page.' })
  nodes: Recipient[];

  @Field(() => Int, { description: 'Recipients matching the filters, over all pages.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}
