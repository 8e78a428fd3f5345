import { describe, expect, it } from 'vitest';
import { summarizeAnswer } from './answer-summary';
import { type DebtDraft, emptyDraft } from './debt-draft';
import { intakeMessages } from './messages';
import { questionById } from './question-data';
import { offeredOptions } from './question-flow';

const draft: DebtDraft = {
  ...emptyDraft('d1'),
  principal: '1.2万',
  lenderType: 'microloan',
  rateKind: 'daily',
  rate: '0.05',
  received: '一万',
  fees: [
    { name: '担保费', amount: '70', when: 'per_period' },
    { name: '', amount: '', when: '' },
  ],
  kept: { schedule: [{ date: '2025-12-08', amount: '1500' }] },
  scheduleMode: 'kept',
};

describe('answers on the review', () => {
  it.each([
    ['principal', 'zh', ['12,000.00 元']],
    ['principal', 'en', ['¥12,000.00']],
    ['received', 'zh', ['一万']],
    ['lenderType', 'zh', ['网络小贷 / 小额贷款公司']],
    ['rate', 'zh', ['0.05 % / 天']],
    ['fees', 'zh', ['担保费：70.00 元（每期随还款收）']],
    ['scheduleMode', 'zh', ['已录入的还款计划（1 期）']],
    ['officialChannel', 'zh', []],
  ] as const)('%s (%s)', (id, lang, lines) => {
    expect(summarizeAnswer(questionById(id), draft, lang, intakeMessages[lang])).toEqual(lines);
  });

  it('offers "keep the plan already entered" only when there is one', () => {
    const values = (current: DebtDraft) =>
      offeredOptions(questionById('scheduleMode'), current).map((option) => option.value);
    expect(values(draft)).toContain('kept');
    expect(values(emptyDraft('d2'))).not.toContain('kept');
  });
});
