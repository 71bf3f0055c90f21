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

// simpleResolvers: plain fields skip the global middlewares, which act on root arguments only.
@ObjectType({ description: 'A short, trackable link to a destination URL.', simpleResolvers: true })
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

  /** The campaign holding the link (a shared link, or a recipient link when `isRecipientLink`). */
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  /** One person's link, created by addRecipients: never listed by `links`, never deleted alone. */
  @Column({ name: 'is_recipient', type: 'boolean', default: false })
  isRecipientLink: boolean;

  @Field({
    description:
      "When on (or on for its campaign), the redirect appends sl_cid=<click id> to the destination's query.",
  })
  @Column({ name: 'conversion_tracking', type: 'boolean', default: false })
  conversionTracking: boolean;

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

/** A `links` row read with plain SQL (a bulk insert's RETURNING *, or row_to_json), as the entity. */
export function linkFromRow(row: Record<string, unknown>): Link {
  const date = (v: unknown) =>
    v === null || v === undefined ? null : v instanceof Date ? v : new Date(v as string);
  return Object.assign(new Link(), {
    id: row.id as string,
    accountId: row.account_id as string,
    code: row.code as string,
    destinationUrl: row.destination_url as string,
    title: (row.title as string | null) ?? null,
    campaignId: (row.campaign_id as string | null) ?? null,
    isRecipientLink: Boolean(row.is_recipient),
    conversionTracking: Boolean(row.conversion_tracking),
    expiresAt: date(row.expires_at),
    createdAt: date(row.created_at)!,
    updatedAt: date(row.updated_at)!,
  });
}
