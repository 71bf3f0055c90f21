import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Link } from '../links/link.entity';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  READ = 'READ',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description:
    "A recipient's delivery state from the messaging platform's reports: READ if a read was reported, else " +
    'DELIVERED, else FAILED, else SENT, else PENDING.',
});

// simpleResolvers: plain fields skip the global middlewares (they act on root arguments only): a
// 10,000-recipient answer would otherwise wrap each of its fields in a promise.
@ObjectType({
  description: 'A person a campaign is sent to, with their own short link.',
  simpleResolvers: true,
})
@Entity('recipients')
export class Recipient {
  @Field(() => ID, { description: 'Recipient id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Upload order within the campaign (a global sequence). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId: string;

  /** The link, when the code that read the recipient had it at hand (addRecipients): no second read. */
  loadedLink?: Link;

  @Field({
    description: "The integration's id for the person (CRM id, hashed phone …), unique in the campaign.",
  })
  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId: string;

  @Field(() => DeliveryStatus, { description: 'Delivery state; PENDING until a report arrives.' })
  @Column({ type: 'varchar', length: 9 })
  status: DeliveryStatus;

  @Field(() => Date, { nullable: true, description: 'Earliest reported send.' })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Earliest reported delivery.' })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Earliest reported read.' })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Earliest reported failure.' })
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'First non-bot click on their link.' })
  @Column({ name: 'first_clicked_at', type: 'timestamptz', nullable: true })
  firstClickedAt: Date | null;

  @Field(() => Int, { description: 'Non-bot clicks on their link.' })
  @Column({ type: 'integer' })
  clicks: number;

  @Field(() => Int, { description: 'Conversions attributed to them.' })
  @Column({ type: 'integer' })
  conversions: number;

  @Field(() => Float, { description: "Sum of their conversions' values, in the campaign's currency." })
  @Column({
    name: 'conversion_value',
    type: 'numeric',
    transformer: { to: (v: number) => v, from: (v: string | null) => Number(v ?? 0) },
  })
  conversionValue: number;
}
