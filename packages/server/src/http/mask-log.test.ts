import { describe, expect, it } from 'vitest';
import { maskSensitive } from './mask-log.js';

describe('maskSensitive', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '+86 138****5678'],
    ['+86 13812345678', '+86 138****5678'],
    ['+8613812345678', '+86138****5678'],
    ['0086-138 1234 5678', '0086-138****5678'],
    ['138 1234 5678', '138****5678'],
    ['138.1234.5678', '138****5678'],
    ['110101199003071234', '110101********1234'],
    ['11010119900307123X', '110101********123X'],
    ['110101 19900307 123x', '110101********123x'],
    ['110101-1990-0307-1234', '110101********1234'],
  ])('masks %s', (number, masked) => {
    expect(maskSensitive(`电话 ${number}，谢谢`)).toBe(`电话 ${masked}，谢谢`);
  });

  it('leaves dates, amounts, ids and shorter or longer digit runs alone', () => {
    const text =
      '2026-11-05T10:00 还款 10900.00 元 case 0755-12345678 at app.js:123:45 1381234567 138123456789';
    expect(maskSensitive(text)).toBe(text);
  });
});
