import { describe, expect, it } from 'vitest';
import { labelledIndexes, visibleBuckets } from './series';

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T00:00:00.000Z`;
const series = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ start: day(d), total: d === 4 ? 5 : 0 }));

describe('visibleBuckets', () => {
  it('starts at the bucket holding the creation and stops at the one holding now', () => {
    const shown = visibleBuckets(series, '2026-03-03T15:00:00Z', new Date('2026-03-05T10:00:00Z'));
    expect(shown.map((b) => b.start)).toEqual([day(3), day(4), day(5)]);
  });
  it('keeps the whole range when the link is older and the range ended', () => {
    expect(visibleBuckets(series, '2026-01-01T00:00:00Z', new Date('2026-04-01T00:00:00Z'))).toHaveLength(7);
  });
  it('never hides a bucket with clicks', () => {
    const shown = visibleBuckets(series, '2026-03-06T00:00:00Z', new Date('2026-03-02T00:00:00Z'));
    expect(shown.map((b) => b.start)).toEqual([day(4)]);
  });
});

describe('labelledIndexes', () => {
  it('labels both ends of a 30-day axis and spaces the rest', () => {
    const shown = [...labelledIndexes(30, 8)].sort((a, b) => a - b);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(29);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown.length).toBeGreaterThanOrEqual(5);
  });
  it('labels every bucket of a short axis', () => {
    expect([...labelledIndexes(3, 8)].sort()).toEqual([0, 1, 2]);
  });
});
