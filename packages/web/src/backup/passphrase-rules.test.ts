import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNewPassphrase,
  MIN_PASSPHRASE_LENGTH,
  passphraseBits,
  passphraseStrength,
} from './passphrase-rules';

describe('a new backup passphrase', () => {
  it('names the field and the problem', () => {
    expect(checkNewPassphrase('', '')).toEqual([{ field: 'passphrase', problem: 'missing' }]);
    expect(checkNewPassphrase('abc12345', 'abc12345')).toEqual([
      { field: 'passphrase', problem: 'too_short' },
    ]);
    expect(checkNewPassphrase('1212121212', '1212121212')).toEqual([
      { field: 'passphrase', problem: 'too_simple' },
    ]);
    expect(checkNewPassphrase('river stone lamp ', 'river stone lamp ')).toEqual([
      { field: 'passphrase', problem: 'edge_space' },
    ]);
    expect(checkNewPassphrase('river stone lamp', 'river stone lam')).toEqual([
      { field: 'repeat', problem: 'mismatch' },
    ]);
    expect(checkNewPassphrase('river stone lamp', 'river stone lamp')).toEqual([]);
  });

  it('counts characters, not bytes or UTF-16 units: ten Chinese characters are enough, nine are not', () => {
    expect(checkNewPassphrase('我的猫叫小白今年三岁', '我的猫叫小白今年三岁')).toEqual([]);
    expect(checkNewPassphrase('我的猫叫小白今年三', '我的猫叫小白今年三')).toEqual([
      { field: 'passphrase', problem: 'too_short' },
    ]);
    // Nine emoji are 18 UTF-16 units, still nine characters.
    expect(checkNewPassphrase('😀😁😂🤣😃😄😅😆😉', '😀😁😂🤣😃😄😅😆😉')[0]?.problem).toBe('too_short');
  });

  it('grades the hint: digits only are weak, a long mixed phrase or a Chinese sentence strong', () => {
    expect(passphraseStrength('3141592653')).toBe('weak');
    expect(passphraseStrength('abcdefghij')).toBe('weak');
    expect(passphraseStrength('riverstone')).toBe('weak');
    expect(passphraseStrength('riverstone42')).toBe('fair');
    expect(passphraseStrength('River-stone-lamp-42')).toBe('strong');
    expect(passphraseStrength('我的猫叫小白今年三岁')).toBe('strong');
    // Repeats add little: ten times "ab" is no stronger than "abab".
    expect(passphraseBits('ab'.repeat(10))).toBe(passphraseBits('abab'));
  });

  it('property: an accepted passphrase has at least the minimum length and is typed twice the same', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        fc.string({ maxLength: 40 }),
        (first, second) => {
          if (checkNewPassphrase(first, second).length === 0) {
            expect([...first].length).toBeGreaterThanOrEqual(MIN_PASSPHRASE_LENGTH);
            expect(second).toBe(first);
          }
          expect(checkNewPassphrase(first, second).length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('property: a new, different character never lowers the estimate', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
        (text, extra) => {
          fc.pre(![...text].includes(extra));
          expect(passphraseBits(text + extra)).toBeGreaterThanOrEqual(passphraseBits(text));
        },
      ),
    );
  });
});
