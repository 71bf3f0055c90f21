import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum Channel {
  WHATSAPP = 'WHATSAPP',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  OTHER = 'OTHER',
}
registerEnumType(Channel, {
  name: 'Channel',
  description: 'The messaging channel a campaign is sent over.',
});

@ObjectType({
  description:
    'A send: one message to many people over one channel. Holds shared links (one link for everyone) and ' +
    'recipient links (one short link per person).',
})
@Entity('campaigns')
export class Campaign {
  @Field(() => ID, { description: 'Campaign id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field({ description: 'Name, 1–200 characters.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Channel, { description: 'The channel the campaign is sent over.' })
  @Column({ type: 'varchar', length: 8 })
  channel: Channel;

  @Field(() => String, {
    nullable: true,
    description: 'Default destination of its recipient links (a recipient may name its own).',
  })
  @Column({ name: 'destination_url', type: 'varchar', length: 2048, nullable: true })
  destinationUrl: string | null;

  @Field({ description: 'ISO 4217 code of conversion values, e.g. USD.' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field({
    description:
      'When on, the redirect appends sl_cid=<click id> to the destination of every link of the campaign.',
  })
  @Column({ name: 'conversion_tracking', type: 'boolean' })
  conversionTracking: boolean;

  @Field({ description: 'When the campaign was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the campaign was last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
