import { describe, expect, it } from 'vitest';
import { showStatedPercent } from './stated-percent';

describe('showStatedPercent', () => {
  it('keeps the digits a daily rate was given', () => {
    expect(showStatedPercent(0.0006)).toBe('0.06%');
    expect(showStatedPercent(0.00065)).toBe('0.065%');
    expect(showStatedPercent(0.239)).toBe('23.9%');
    expect(showStatedPercent(0.18)).toBe('18%');
  });
});
