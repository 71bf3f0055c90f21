import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveClickRange } from '../src/analytics/click-range';
import { groupLocations, MAX_LOCATIONS, type Place } from '../src/analytics/locations';
import { splitRange } from '../src/analytics/range-split';
import { Interval } from '../src/analytics/click-stats.types';
import { bucketStart, nextBucket, offsetAt, startOfDay, toWall } from '../src/analytics/time-zone';

const iso = (ms: number) => new Date(ms).toISOString();
const H = 3_600_000;

describe('time zone arithmetic', () => {
  it('remembers offsets without changing them, around every kind of change', () => {
    // Offsets straight from Intl, as the cache's cells must reproduce them to the second.
    const exact = (timeZone: string, instant: number) => {
      const seconds = Math.floor(instant / 1000) * 1000;
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }).formatToParts(seconds);
      const f = Object.fromEntries(parts.map((p) => [p.type, Number(p.value)]));
      return Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!) - seconds;
    };
    const cases: [string, string][] = [
      ['Europe/Berlin', '2026-03-29T01:00:00Z'], // summer time starts
      ['Europe/Berlin', '2026-10-25T01:00:00Z'], // and ends
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], // a half-hour change
      ['Asia/Kathmandu', '1985-12-31T18:30:00Z'], // +05:30 becomes +05:45
      ['Africa/Monrovia', '1972-01-07T00:44:30Z'], // a change at 30 seconds past a quarter hour
    ];
    for (const [zone, at] of cases) {
      const change = Date.parse(at);
      for (let t = change - 2 * H; t <= change + 2 * H; t += 7_500) {
        for (let pass = 0; pass < 2; pass++)
          assert.equal(offsetAt(zone, t), exact(zone, t), `${zone} ${iso(t)}`);
      }
    }
    assert.equal(offsetAt('UTC', Date.parse('2026-03-29T01:00:00Z')), 0);
  });

  it('starts a day whose midnight does not exist at its first instant (America/Santiago, 6 Sep 2026)', () => {
    // Chile moves 00:00 to 01:00 on the first Sunday of September.
    const start = startOfDay('America/Santiago', Date.parse('2026-09-06T12:00:00Z'));
    assert.equal(iso(start), '2026-09-06T04:00:00.000Z'); // 01:00 -03:00
    assert.equal(new Date(toWall('America/Santiago', start)).getUTCHours(), 1);
  });

  it('gives the repeated hour of an autumn change its own bucket (Europe/Berlin, 25 Oct 2026)', () => {
    const tz = 'Europe/Berlin';
    let start = bucketStart(tz, 'HOUR', Date.parse('2026-10-24T23:30:00Z')); // 01:30 CEST
    const starts: string[] = [];
    for (let i = 0; i < 4; i++, start = nextBucket(tz, 'HOUR', start)) starts.push(iso(start));
    // 01:00 CEST, 02:00 CEST, 02:00 CET, 03:00 CET: four real hours.
    assert.deepEqual(starts, [
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]);
    const day = resolveClickRange(
      { from: new Date('2026-10-24T22:00:00Z'), to: new Date('2026-10-26T23:00:00Z'), timeZone: tz },
      Interval.DAY,
    );
    assert.deepEqual(day.buckets.map(iso), ['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z']); // the 25th has 25 hours
  });

  it('puts the days of +05:45 and the hours of +05:30 on their quarter hours', () => {
    assert.equal(
      iso(startOfDay('Asia/Kathmandu', Date.parse('2026-03-29T12:00:00Z'))),
      '2026-03-28T18:15:00.000Z',
    );
    assert.equal(
      iso(bucketStart('Asia/Kolkata', 'HOUR', Date.parse('2026-03-29T12:10:00Z'))),
      '2026-03-29T11:30:00.000Z',
    );
  });

  it('starts weeks on Monday and months on the 1st in the zone', () => {
    const sunday = Date.parse('2026-03-29T20:00:00Z');
    assert.equal(iso(bucketStart('UTC', 'WEEK', sunday)), '2026-03-23T00:00:00.000Z');
    assert.equal(iso(bucketStart('Asia/Tokyo', 'WEEK', sunday)), '2026-03-29T15:00:00.000Z'); // Monday 30th in Tokyo
    assert.equal(
      iso(bucketStart('America/New_York', 'MONTH', Date.parse('2026-04-01T02:00:00Z'))),
      '2026-03-01T05:00:00.000Z',
    );
  });
});

describe('splitRange', () => {
  const grains = [1536, 384, 96, 24, 4, 1].map((h) => h * H);

  it('covers a range exactly with few pieces, coarse in the middle and raw at the edges', () => {
    const lo = Date.parse('2026-01-03T18:30:00Z');
    const hi = Date.parse('2026-04-02T18:30:00Z');
    const pieces = splitRange(lo, hi, grains);
    assert.equal(pieces[0]!.lo, lo);
    assert.equal(pieces[pieces.length - 1]!.hi, hi);
    for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i]!.lo, pieces[i - 1]!.hi, 'contiguous');
    for (const p of pieces) if (p.grain) assert.equal(p.lo % p.grain, 0, 'aligned');
    assert.ok(pieces.length <= 16, `${pieces.length} pieces`);
    assert.deepEqual(
      pieces.filter((p) => p.grain === 0).map((p) => (p.hi - p.lo) / 60_000),
      [30, 30],
    );
  });

  it('reads a whole-hour range without raw clicks', () => {
    const pieces = splitRange(Date.parse('2026-03-28T23:00:00Z'), Date.parse('2026-06-01T22:00:00Z'), grains);
    assert.ok(pieces.every((p) => p.grain > 0));
  });
});

describe('groupLocations', () => {
  it('keeps the biggest cities and folds the rest into country centroids, losing no located click', () => {
    const places: Place[] = Array.from({ length: 1000 }, (_, i) => ({
      country: ['DE', 'FR', 'IN', 'US'][i % 4]!,
      region: null,
      city: `City ${i}`,
      clicks: 1000 - i,
      latSum: (1000 - i) * 10,
      lonSum: (1000 - i) * 20,
      located: 1000 - i,
    }));
    places.push({ country: 'BR', region: null, city: null, clicks: 5, latSum: 0, lonSum: 0, located: 0 });
    places.push({
      country: null,
      region: null,
      city: null,
      clicks: 7,
      latSum: 0,
      lonSum: 0,
      located: 0,
    });
    const points = groupLocations(places);
    assert.equal(points.length, MAX_LOCATIONS);
    assert.equal(
      points.reduce((n, p) => n + p.clicks, 0),
      places.reduce((n, p) => n + p.clicks, 0) - 7, // only the click with no place at all is not drawn
    );
    assert.deepEqual(
      points.find((p) => p.city === 'City 0'),
      { latitude: 10, longitude: 20, city: 'City 0', country: 'DE', clicks: 1000 },
    );
    const brazil = points.find((p) => p.country === 'BR')!;
    assert.equal(brazil.city, null);
    assert.ok(brazil.latitude < -5 && brazil.longitude < -40, 'at the centroid of Brazil');
    assert.equal(points.filter((p) => p.city === null).length, 5); // DE, FR, IN, US, BR
  });
});
