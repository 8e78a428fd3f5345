import { describe, expect, it } from 'vitest';
import { chinaDate } from './china-date.js';

describe('chinaDate', () => {
  it('gives the day in China (UTC+8) of an instant', () => {
    expect(chinaDate('2026-11-20T15:59:59.999999Z')).toBe('2026-11-20');
    expect(chinaDate('2026-11-20T16:00:00.000000Z')).toBe('2026-11-21');
    expect(chinaDate('2026-12-31T20:00:00+08:00')).toBe('2026-12-31');
  });

  it('refuses text that is not an instant', () => {
    expect(() => chinaDate('yesterday')).toThrow(RangeError);
  });
});
