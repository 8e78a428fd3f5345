import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../dates/calendar-date.js';
import { extractMessages } from './extract-messages.js';

const today = date('2026-11-21');
/** Pieces of real messages, so that random text also hits the patterns, not only noise. */
const PIECES = [
  '【某某金融】',
  '逾期',
  '欠款',
  '１，２３４．５６元',
  '1.2万',
  '¥',
  '上门',
  '通讯录',
  '工号',
  '22:40',
  '11月',
  '日前',
  '\n\n',
  '還款',
  '个人账户',
  '138001380001',
  '，',
  '。',
];

describe('extractMessages (properties)', () => {
  it('never throws on arbitrary text; amounts are integer fen, days whole, texts taken from the input', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (pasted, illegalDebt) => {
        const messages = extractMessages(pasted, { today, illegalDebt });
        for (const message of messages) {
          expect(pasted).toContain(message.text);
          if (message.amount) {
            expect(Number.isSafeInteger(message.amount.value)).toBe(true);
            expect(message.amount.value).toBeGreaterThan(0);
          }
          if (message.overdueDays) expect(Number.isInteger(message.overdueDays.value)).toBe(true);
          if (message.deadline) expect(message.deadline.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          for (const flag of message.flags)
            expect(flag.evidence === '' || pasted.includes(flag.evidence)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
