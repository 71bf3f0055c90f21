import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';

@ObjectType({ description: "A signed-in person's choices, kept between visits." })
export class ViewerPreferences {
  @Field({ description: 'Analytics open with bots excluded (the Exclude bots switch, remembered).' })
  excludeBots: boolean;
}

@ObjectType('Viewer', {
  description: 'Who is calling: a signed-in person, or an integration using an API key.',
})
export class ViewerType {
  @Field(() => ID, { description: 'The user id, or the API key id for an integration.' })
  id: string;

  @Field(() => String, { nullable: true, description: "The signed-in user's email; null for an API key." })
  email: string | null;

  @Field(() => Account, { description: 'The account whose data this caller sees.' })
  account: Account;

  @Field(() => ApiKey, { nullable: true, description: 'The API key in use, for an integration.' })
  apiKey: ApiKey | null;

  @Field(() => ViewerPreferences, {
    description: "The signed-in user's preferences; the defaults for an API key.",
  })
  preferences: ViewerPreferences;
}

@InputType({ description: 'Preferences to change; a field left out keeps its value.' })
export class PreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Open analytics with bots excluded.' })
  excludeBots?: boolean | null;
}

@InputType({ description: 'A new account and its first user.' })
export class SignUpInput {
  @Field({ description: 'Email address used to log in.' })
  email: string;

  @Field({ description: 'At least 8 characters.' })
  password: string;

  @Field({ description: 'Name of the new account (your company or team).' })
  accountName: string;
}

@InputType({ description: 'Credentials for logIn.' })
export class LogInInput {
  @Field({ description: 'Email address.' })
  email: string;

  @Field({ description: 'Password.' })
  password: string;
}

@ObjectType({ description: 'A newly created API key with its secret, which is shown only this once.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key.' })
  apiKey: ApiKey;

  @Field({ description: 'Send as `Authorization: Bearer <secret>`. Store it now: it cannot be shown again.' })
  secret: string;
}
