import { type CaseFileInput, debtSchema } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './check-draft';
import type { DebtInput } from './debt-draft';
import { debtToDraft } from './debt-to-draft';
import { draftToDebt } from './draft-to-debt';

const examples = import.meta.glob<CaseFileInput>('../../../../../examples/*.json', {
  eager: true,
  import: 'default',
});

/** The debt as the core reads it; contacts are logged through their own endpoint, never by the intake. */
function asParsed(debt: DebtInput) {
  const { contacts: _contacts, ...parsed } = debtSchema.parse(debt);
  return parsed;
}

describe('debtToDraft → draftToDebt keeps every debt of the examples exactly', () => {
  const debts = Object.entries(examples).flatMap(([file, caseFile]) =>
    caseFile.debts.map((debt) => ({ file: file.split('/').pop(), debt, asOf: caseFile.asOf })),
  );
  it('reads the examples', () => expect(debts.length).toBeGreaterThanOrEqual(12));
  it.each(debts)('$file $debt.id', ({ debt, asOf }) => {
    const draft = debtToDraft(debt);
    const check = checkDraft(draft, asOf);
    expect(check.issues).toEqual([]);
    expect(asParsed(draftToDebt(draft, asOf).debt)).toEqual(asParsed(debt));
  });
});

describe('parts the interview does not ask about are kept', () => {
  const uneven: DebtInput = {
    id: 'app-7d',
    lender: '某App',
    lenderType: 'unknown',
    contractDate: '2025-12-01',
    principal: '3000',
    received: '2200',
    terms: { method: 'bullet', periods: 7, frequency: 'daily', dailyRate: '0.05%', dayCount: 'actual/360' },
    schedule: [
      { date: '2025-12-08', amount: '1500' },
      { date: '2025-12-15', amount: '1600' },
    ],
    fees: [{ name: '展期费', amount: '300', when: '2025-12-08' }],
    overdue: { penaltyDailyRate: '0.001' },
    notes: '截图在相册',
  };
  const monthlyWithTerms: DebtInput = {
    id: 'card',
    lender: '某银行信用卡',
    lenderType: 'credit_card',
    contractDate: '2025-02-28',
    principal: 12000,
    terms: { method: 'flat_fee', periods: 3, feeRatePerPeriod: 0.006, dayCount: 'actual/365' },
    schedule: [
      { date: '2025-03-31', amount: 4072 },
      { date: '2025-04-30', amount: 4072 },
      { date: '2025-05-31', amount: 4072 },
    ],
  };
  it.each([
    ['an uneven schedule with terms, a dated fee, notes and the penalty', uneven],
    ['equal monthly rows anchored on the 31st, with the terms beside them', monthlyWithTerms],
  ])('%s', (_name, debt) => {
    const draft = debtToDraft(debt);
    expect(checkDraft(draft, '2026-01-10').issues).toEqual([]);
    expect(asParsed(draftToDebt(draft, '2026-01-10').debt)).toEqual(asParsed(debt));
  });
  it('reads equal monthly rows back as the three answers', () => {
    const draft = debtToDraft(monthlyWithTerms);
    expect([draft.scheduleMode, draft.instalmentAmount, draft.instalmentCount, draft.firstDueDate]).toEqual([
      'instalments',
      '4072',
      '3',
      '2025-03-31',
    ]);
    expect(debtToDraft(uneven).scheduleMode).toBe('kept');
  });
});
