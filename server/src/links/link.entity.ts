import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum LinkStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
}
registerEnumType(LinkStatus, {
  name: 'LinkStatus',
  description: 'ACTIVE while the link redirects; EXPIRED once its expiration date has passed.',
});

export function linkStatus(link: { expiresAt: Date | null }, now = Date.now()): LinkStatus {
  return link.expiresAt && link.expiresAt.getTime() <= now ? LinkStatus.EXPIRED : LinkStatus.ACTIVE;
}

@ObjectType({ description: 'A short, trackable link to a destination URL.' })
@Entity('links')
export class Link {
  @Field(() => ID, { description: 'Link id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field({
    description: 'The short code at the end of the short URL; case-sensitive and fixed once created.',
  })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Field({ description: 'Where visitors are redirected.' })
  @Column({ name: 'destination_url', type: 'varchar', length: 2048 })
  destinationUrl: string;

  @Field(() => String, { nullable: true, description: 'A label for your reference.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => Date, { nullable: true, description: 'When the link stops redirecting; null never expires.' })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field({ description: 'When the link was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the link was last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
