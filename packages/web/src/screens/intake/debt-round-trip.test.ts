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
    const draft = debtToDraft({ ...monthlyWithTerms, lenderType: 'bank' });
    expect([draft.scheduleMode, draft.instalmentAmount, draft.instalmentCount, draft.firstDueDate]).toEqual([
      'instalments',
      '4072',
      '3',
      '2025-03-31',
    ]);
    expect(debtToDraft(uneven).scheduleMode).toBe('kept');
    // A card whose plan is a schedule, not a fee per period, keeps it as it is.
    expect(debtToDraft(monthlyWithTerms).cardPlan).toBe('kept');
  });
});

/** A revolving card with every card field, its statement's split, events and the bank's offer. */
const revolving: DebtInput = {
  id: 'card-40k',
  lender: '某银行信用卡中心',
  lenderType: 'credit_card',
  contractDate: '2023-03-01',
  principal: '40000',
  card: {
    last4: '1234',
    statementDay: 5,
    dueDay: 25,
    dailyRate: '0.0005',
    firstMissedDueDate: '2026-07-25',
    lastDueDate: '2026-09-25',
  },
  payments: [{ date: '2026-06-25', amount: '2000' }],
  claimed: {
    date: '2026-10-20',
    total: '43200',
    split: { principal: '40000', interest: '1800', lateFees: '1200', annualFees: '200' },
  },
  limitationEvents: [
    { date: '2026-09-01', kind: 'demand', note: '催收短信' },
    { date: '2026-09-10', kind: 'debit' },
  ],
  offers: [
    { by: 'lender', kind: 'instalments', date: '2026-10-01', periods: 36, monthly: '1300', total: '46800' },
    { by: 'me', kind: 'settlement', date: '2026-10-05', total: '30000' },
  ],
  status: 'collection',
};

/** A loan with the parts no question asks: split, identifiers, acceleration, a new creditor, offers. */
const assigned: DebtInput = {
  id: 'loan-assigned',
  lender: '某消费金融有限公司',
  lenderType: 'consumer_finance',
  contractDate: '2024-01-10',
  principal: '20000',
  contractNumber: 'HT-2024-0001',
  account: '6222 **** 0001',
  accelerated: '2025-06-01',
  creditorChange: { kind: 'guarantor', name: '某融资担保有限公司', date: '2025-07-01', paid: '18000' },
  claimed: { date: '2026-01-05', total: '23000', split: { principal: '18000', interest: '5000' } },
  offers: [{ by: 'lender', kind: 'instalments', date: '2025-12-01', periods: 12, monthly: '1800' }],
  limitationEvents: [{ date: '2025-12-01', kind: 'acknowledgement' }],
};

describe('cards and the newer case-file fields survive an edit', () => {
  it.each([
    ['a revolving card with its split, events and offers', revolving],
    ['a revolving card whose opening date is not known', { ...revolving, contractDate: '2026-06-25' }],
    ['a loan with identifiers, acceleration, a new creditor, a split and an offer', assigned],
  ])('%s', (_name, debt) => {
    const draft = debtToDraft(debt);
    expect(checkDraft(draft, '2026-11-20').issues).toEqual([]);
    expect(asParsed(draftToDebt(draft, '2026-11-20').debt)).toEqual(asParsed(debt));
  });

  it('reads a revolving card into the card questions', () => {
    const draft = debtToDraft(revolving);
    expect([draft.cardPlan, draft.cardPrincipal, draft.cardDailyRate, draft.cardFirstMissed]).toEqual([
      'revolving',
      '40000',
      '0.05',
      '2026-07-25',
    ]);
    expect(draft.cardOpenDate).toBe('2023-03-01');
    expect(draft.cardOffers).toHaveLength(1);
    expect(draft.kept.offers).toHaveLength(1);
    // The earliest date of the debt stood in for an unknown opening date: it reads as unknown.
    expect(debtToDraft({ ...revolving, contractDate: '2026-06-25' }).cardOpenDate).toBe('');
  });
});
