import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A workspace that owns links and API keys.' })
@Entity('accounts')
export class Account {
  @Field(() => ID, { description: 'Account id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Account name, chosen at sign-up.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
