import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ApiKeyScope {
  READ_ONLY = 'READ_ONLY',
  READ_WRITE = 'READ_WRITE',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What a key may do: READ_ONLY runs queries only; READ_WRITE also runs mutations.',
});

@ObjectType({ description: 'A named key for integrations. Its secret is shown once, at creation.' })
@Entity('api_keys')
export class ApiKey {
  @Field(() => ID, { description: 'Key id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field({ description: 'Name given at creation, e.g. "CRM sync".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The first characters of the secret, to recognise a key without revealing it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash: string;

  @Field(() => ApiKeyScope, { description: 'What the key may do.' })
  @Column({ type: 'varchar', length: 16, default: ApiKeyScope.READ_WRITE })
  scope: ApiKeyScope;

  @Field({ description: 'When the key was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the key last authenticated a request.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
