import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

@InputType({
  description:
    "A conversion on the customer's site, attributed by clickId (the sl_cid the redirect added), else by " +
    'campaignId + externalId.',
})
export class RecordConversionInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The sl_cid query parameter the redirect added to the destination: attributes to its link and recipient.',
  })
  clickId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'With externalId: attributes to that recipient of the campaign.',
  })
  campaignId?: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's externalId, with campaignId." })
  externalId?: string | null;

  @Field({ description: 'What happened, e.g. "purchase": 1–100 characters.' })
  name: string;

  @Field(() => Float, {
    nullable: true,
    description: "Value in the campaign's currency, ≥ 0; default 0.",
  })
  value?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it happened; default now, not more than 5 minutes in the future.',
  })
  occurredAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Up to 200 characters, per account: a second call with the same key answers the first conversion and records nothing.',
  })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'A conversion attributed to a link (and its recipient, for a recipient link).' })
export class Conversion {
  @Field(() => ID, { description: 'Conversion id.' })
  id: string;

  accountId: string;
  linkId: string;
  campaignId: string | null;
  recipientId: string | null;

  @Field({ description: 'What happened, e.g. "purchase".' })
  name: string;

  @Field(() => Float, { description: "Value in the campaign's currency (0 when none was given)." })
  value: number;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'The click it was attributed by (its sl_cid); null when attributed by campaignId + externalId.',
  })
  clickId: string | null;

  @Field({
    description: "ISO 4217 code of value: the campaign's currency when recorded (USD outside campaigns).",
  })
  currency: string;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}
