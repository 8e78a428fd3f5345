import { describe, expect, it } from 'vitest';
import { toValidationIssues } from '../case/validation-issue.js';
import { date } from '../dates/calendar-date.js';
import { basisPointsToRate } from './lpr-quotation.js';
import { createLprTable, lprFreshness, lprInForce } from './lpr-table.js';
import { quotationsFromUserFile } from './user-lpr-file.js';
import {
  basisPointsToPercentText,
  percentTextToBasisPoints,
  unpublishedQuotationIssue,
  userLprQuotationSchema,
} from './user-lpr-quotation.js';

describe('LPR table', () => {
  const table = createLprTable();

  it('finds the quotation in force on a date (the latest on or before it)', () => {
    expect(lprInForce(table, date('2019-08-20'))?.oneYearBp).toBe(425);
    expect(lprInForce(table, date('2019-09-19'))?.oneYearBp).toBe(425);
    expect(lprInForce(table, date('2019-09-20'))?.oneYearBp).toBe(420);
    expect(lprInForce(table, date('2021-07-20'))?.oneYearBp).toBe(385);
    expect(lprInForce(table, date('2019-08-19'))).toBeUndefined();
  });

  it('4 × 3.85 % = 15.4 % for a contract formed on 2021-03-01', () => {
    const quotation = lprInForce(table, date('2021-03-01'));
    expect(quotation?.oneYearBp).toBe(385);
    expect(Math.abs(4 * basisPointsToRate(quotation?.oneYearBp ?? 0) - 0.154)).toBeLessThan(1e-9);
  });

  it('keeps provenance on every row', () => {
    expect(table.quotations.every((q) => q.source.length > 0)).toBe(true);
    expect(table.quotations.at(-1)?.status).toBe('derived_no_change');
  });

  it('warns when the newest quotation is more than 35 days older than the analysis date', () => {
    expect(lprFreshness(table, date('2026-02-24'))).toEqual({
      latestDate: '2026-01-20',
      daysOld: 35,
      stale: false,
    });
    expect(lprFreshness(table, date('2026-02-25')).stale).toBe(true);
  });

  it("merges the user's quotations, which win on the same date", () => {
    const user = quotationsFromUserFile({
      version: 1,
      quotations: [
        { date: '2026-02-24', lpr1y: '2.90', lpr5y: '3.40' },
        { date: '2026-01-20', lpr1y: '3.1', lpr5y: '3.50' },
      ],
    });
    const merged = createLprTable(user);
    expect(lprInForce(merged, date('2026-03-01'))).toMatchObject({ oneYearBp: 290, status: 'user_added' });
    expect(lprInForce(merged, date('2026-01-31'))?.oneYearBp).toBe(310);
    expect(lprFreshness(merged, date('2026-03-20')).stale).toBe(false);
  });

  it('reads percent text exactly', () => {
    expect(percentTextToBasisPoints('3.85')).toBe(385);
    expect(percentTextToBasisPoints('4')).toBe(400);
    expect(percentTextToBasisPoints('3.5')).toBe(350);
  });

  it('writes basis points back as the percent text it was read from', () => {
    for (const text of ['3.85', '3.00', '2.90', '10.05', '0.50']) {
      expect(basisPointsToPercentText(percentTextToBasisPoints(text))).toBe(text);
    }
    expect(basisPointsToPercentText(percentTextToBasisPoints('4'))).toBe('4.00');
  });

  it("states each bad field of a person's quotation as a code", () => {
    const issuesOf = (input: unknown) => {
      const parsed = userLprQuotationSchema.safeParse(input);
      return parsed.success ? [] : toValidationIssues(parsed.error, input).map((i) => `${i.path} ${i.code}`);
    };
    expect(issuesOf({ date: '2026-02-20', lpr1y: '3.00', lpr5y: '3.50', source: 'CFETS' })).toEqual([]);
    expect(issuesOf({ date: '2026-02-30', lpr1y: '3,00', lpr5y: '25' })).toEqual([
      'date invalid_date',
      'lpr1y invalid_percent',
      'lpr5y out_of_range',
    ]);
    expect(issuesOf({ date: '2019-08-19', lpr1y: '4.25', lpr5y: '4.85' })).toEqual([
      'date before_lpr_reform',
    ]);
    expect(issuesOf({ date: '2019-08-20', lpr1y: '4.25', lpr5y: '4.85', rate: '1' })).toEqual([
      ' unknown_fields',
    ]);
  });

  it('refuses a quotation dated after today: it is not published yet', () => {
    expect(unpublishedQuotationIssue({ date: '2026-11-21' }, date('2026-11-20'))).toEqual({
      code: 'after_today',
      params: { today: '2026-11-20' },
    });
    expect(unpublishedQuotationIssue({ date: '2026-11-20' }, date('2026-11-20'))).toBeUndefined();
  });
});
