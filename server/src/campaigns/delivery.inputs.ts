import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DeliveryStatus } from './recipient.entity';

@InputType({ description: "One line of a messaging platform's delivery report." })
export class DeliveryEventInput {
  @Field({ description: "The recipient's externalId in the campaign." })
  externalId: string;

  @Field(() => DeliveryStatus, { description: 'SENT, DELIVERED, READ or FAILED (PENDING is refused).' })
  status: DeliveryStatus;

  @Field(() => Date, { description: 'When it happened; not more than 5 minutes in the future.' })
  at: Date;
}

@ObjectType({ description: 'What recordDeliveries did with a report.', simpleResolvers: true })
export class RecordDeliveriesResult {
  @Field(() => Int, {
    description: 'Events for known recipients (replayed events count again: replaying changes nothing).',
  })
  accepted: number;

  @Field(() => [String], {
    description: 'externalIds not in the campaign, each once, in report order; their events were skipped.',
  })
  unknownExternalIds: string[];
}
