import { describe, expect, it } from 'vitest';
import { percent } from './format';

describe('percent', () => {
  it('is a whole number at every size, and says when a share rounds below one', () => {
    expect(percent(1, 12)).toBe('8%');
    expect(percent(5, 24)).toBe('21%');
    expect(percent(1, 300)).toBe('<1%');
    expect(percent(0, 10)).toBe('0%');
    expect(percent(3, 0)).toBe('0%');
    expect(percent(10, 10)).toBe('100%');
  });
});
