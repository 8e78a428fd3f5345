import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import { describeInstalments } from './instalment-description.js';

describe('describeInstalments', () => {
  it('a two-payment offer of 1,521.65 names its large first payment (issue 10)', () => {
    const shape = { periods: 2, first: fen(144_000), regular: fen(8_165) };
    expect(describeInstalments(shape, 'zh')).toBe('首期 1,440.00 元，之后每月约 81.65 元，共 2 期');
    expect(describeInstalments(shape, 'en')).toBe(
      'a first payment of ¥1,440.00, then about ¥81.65 a month, 2 payments in all',
    );
  });

  it('equal payments, a single one, none', () => {
    expect(describeInstalments({ periods: 0, first: fen(0), regular: fen(0) }, 'zh')).toBe('不安排还款');
    expect(describeInstalments({ periods: 12, first: fen(50_000), regular: fen(50_000) }, 'zh')).toBe(
      '分 12 期，每期约 500.00 元',
    );
    expect(describeInstalments({ periods: 1, first: fen(50_000), regular: fen(50_000) }, 'en')).toBe(
      'one payment of ¥500.00',
    );
  });
});
