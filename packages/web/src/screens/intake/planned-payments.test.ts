import type { CaseFileInput } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import sample from '../../../../../examples/five-loans-80k.json';
import { applyAnswer, emptyDraft } from './debt-draft';
import { debtToDraft } from './debt-to-draft';
import { plannedInstalments } from './planned-payments';

const caseFile = sample as CaseFileInput;
const debt = (id: string) => {
  const found = caseFile.debts.find((item) => item.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('"已按计划还了前 N 期" fills the instalments the contract makes due', () => {
  it.each([
    ['bank-10k', 3, '916.80'],
    ['xiaojin-12k', 5, '1134.13'],
    // 926.35 instalment + 70 guarantee fee each period: what the person actually paid.
    ['xiaodai-10k', 4, '996.35'],
    ['app-10k', 2, '935.46'],
  ])('%s: the first %i match the payments in the file (%s)', (id, count, amount) => {
    const planned = plannedInstalments(debtToDraft(debt(id)), caseFile.asOf)?.slice(0, count);
    expect(planned).toEqual(debt(id).payments?.map((payment) => ({ date: payment.date, amount })));
  });

  it('is not offered while the schedule is unknown', () => {
    const draft = [
      { field: 'lender', value: 'x' },
      { field: 'lenderType', value: 'bank' },
      { field: 'contractDate', value: '2025-01-01' },
      { field: 'principal', value: '100' },
    ].reduce((current, answer) => applyAnswer(current, answer as never), emptyDraft('d1'));
    expect(plannedInstalments(draft, '2026-01-01')).toBeUndefined();
  });

  it('ignores unfinished answers after the payments', () => {
    const draft = { ...debtToDraft(debt('bank-10k')), claimedTotal: 'abc' };
    expect(plannedInstalments(draft, caseFile.asOf)).toHaveLength(12);
  });
});
