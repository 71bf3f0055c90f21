import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DateRangePreset {
  LAST_7_DAYS = 'LAST_7_DAYS',
  LAST_30_DAYS = 'LAST_30_DAYS',
  LAST_90_DAYS = 'LAST_90_DAYS',
}
registerEnumType(DateRangePreset, {
  name: 'DateRangePreset',
  description: 'The last N calendar days in the filter time zone, today included.',
});

export enum Interval {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(Interval, {
  name: 'Interval',
  description: 'Bucket size of the clicks-over-time series. Weeks start on Monday.',
});

@InputType({
  description:
    'Which clicks to count: a preset range, or a custom from–to; and the time zone to count days in.',
})
export class ClickStatsFilter {
  @Field(() => DateRangePreset, {
    nullable: true,
    description: 'Preset range; default LAST_30_DAYS. Not together with from/to.',
  })
  range?: DateRangePreset | null;

  @Field(() => Date, { nullable: true, description: 'Custom range start, inclusive.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Custom range end, exclusive.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin; default UTC.' })
  timeZone?: string | null;
}

// Output types: plain data read by the default resolver, without type-graphql's per-field middleware
// wrapper (the NUL guard looks at root arguments only); a year of buckets is thousands of fields.
@ObjectType({
  simpleResolvers: true,
  description: 'Click totals over the range.',
})
export class ClickTotals {
  @Field(() => Int, { description: 'Every click (without bots when excludeBots is set).' })
  total: number;

  @Field(() => Int, { description: 'Distinct visitors: clicks classified UNIQUE.' })
  unique: number;

  @Field(() => Int, { description: 'Clicks identified as automated traffic (0 when excludeBots is set).' })
  bots: number;

  @Field(() => Int, {
    description:
      'Later clicks of visitors already counted: clicks classified REPEAT. total = unique + repeat + bots.',
  })
  repeat: number;

  @Field(() => Int, {
    description: 'Bot clicks left out of every number because excludeBots is set; 0 otherwise.',
  })
  excludedBots: number;

  @Field(() => Int, {
    description:
      'Link-preview fetches by chat and social apps (a share of the bot clicks), counted whether or not bots are excluded: the link was pasted into a chat.',
  })
  previews: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Clicks in one bucket of the series.',
})
export class ClickBucket {
  @Field({ description: 'Start of the bucket (in the filter time zone, as a UTC instant).' })
  start: Date;

  @Field(() => Int, { description: 'Clicks in the bucket.' })
  total: number;

  @Field(() => Int, { description: 'UNIQUE clicks in the bucket.' })
  unique: number;

  @Field(() => Int, { description: 'Bot clicks in the bucket.' })
  bots: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Clicks from one country.',
})
export class CountryCount {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; null when unknown.' })
  code: string | null;

  @Field({ description: 'English country name, or "Unknown".' })
  name: string;

  @Field(() => Int, { description: 'Clicks.' })
  clicks: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A point on the click map.',
})
export class LocationCount {
  @Field({ description: 'Latitude.' })
  latitude: number;

  @Field({ description: 'Longitude.' })
  longitude: number;

  @Field(() => String, { nullable: true, description: 'City, when known; null for a country-level point.' })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'ISO country code.' })
  country: string | null;

  @Field(() => Int, { description: 'Clicks.' })
  clicks: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Clicks for one value of a breakdown.',
})
export class NamedCount {
  @Field({ description: 'The value, e.g. "Chrome", "mobile", "Direct" or "Unknown".' })
  name: string;

  @Field(() => Int, { description: 'Clicks.' })
  clicks: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Analytics of one link over a range.',
})
export class ClickStats {
  @Field(() => ClickTotals, { description: 'Totals over the range.' })
  totals: ClickTotals;

  @Field(() => [ClickBucket], { description: 'Clicks over time, contiguous and zero-filled.' })
  series: ClickBucket[];

  @Field(() => [CountryCount], { description: 'Clicks by country, most first.' })
  countries: CountryCount[];

  @Field(() => [LocationCount], { description: 'Points for the click map, most first.' })
  locations: LocationCount[];

  @Field(() => [NamedCount], { description: 'Clicks by browser, most first.' })
  browsers: NamedCount[];

  @Field(() => [NamedCount], { description: 'Clicks by platform: desktop, mobile, tablet, other.' })
  platforms: NamedCount[];

  @Field(() => [NamedCount], { description: 'Clicks by operating system, most first.' })
  operatingSystems: NamedCount[];

  @Field(() => [NamedCount], { description: 'Clicks by referrer host; "Direct" when none.' })
  referrers: NamedCount[];

  @Field(() => [NamedCount], {
    description: 'Bot clicks by agent family, e.g. "WhatsApp preview", "Googlebot".',
  })
  botAgents: NamedCount[];

  @Field(() => [NamedCount], {
    description:
      'Link-preview fetches by app, e.g. "WhatsApp preview", most first; listed whether or not bots are excluded.',
  })
  linkPreviews: NamedCount[];
}
