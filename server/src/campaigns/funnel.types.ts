import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ClickTotals } from '../analytics/click-stats.types';

@ObjectType({
  description:
    'A campaign end to end: Recipients → Sent → Delivered → Read → Clicked → Converted. Every count is of ' +
    'recipients (so it agrees with the recipients list filtered the same way), except conversions, ' +
    'conversionValue and clicks, which cover every link of the campaign.',
  simpleResolvers: true,
})
export class CampaignFunnel {
  @Field(() => Int, { description: 'Recipients added to the campaign.' })
  recipients: number;

  @Field(() => Int, {
    description:
      'Recipients with status SENT, DELIVERED or READ (a delivered message was sent even without a SENT report).',
  })
  sent: number;

  @Field(() => Int, { description: 'Recipients with status DELIVERED or READ.' })
  delivered: number;

  @Field(() => Int, { description: 'Recipients with status READ (read receipts: WhatsApp).' })
  read: number;

  @Field(() => Int, { description: 'Recipients with status FAILED.' })
  failed: number;

  @Field(() => Int, { description: 'Recipients with at least one non-bot click on their link.' })
  clicked: number;

  @Field(() => Int, { description: 'Recipients with at least one conversion.' })
  converted: number;

  @Field(() => Int, { description: 'Every conversion on every link of the campaign (shared links too).' })
  conversions: number;

  @Field(() => Float, {
    description: "Sum of the values of those conversions, in the campaign's currency.",
  })
  conversionValue: number;

  @Field(() => ClickTotals, {
    description: 'Clicks on every link of the campaign over its lifetime (total, unique, bots).',
  })
  clicks: ClickTotals;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median of deliveredAt → firstClickedAt, in seconds, over clicked recipients with a deliveredAt; null when there are none.',
  })
  medianSecondsToClick: number | null;
}
