import { DEBT_STATUSES, FREQUENCIES, LENDER_TYPES, REPAYMENT_METHODS } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS } from './debt-draft';
import { QUESTION_IDS, QUESTION_KINDS, QUESTIONS, RAW_QUESTIONS } from './question-data';

/** content/interview/debt-questions.json is edited by people: these checks keep it usable. */
describe('debt-questions.json', () => {
  it('has every question once, in the interview’s order', () => {
    expect(RAW_QUESTIONS.version).toBe(1);
    expect(QUESTIONS.map((question) => question.id)).toEqual([...QUESTION_IDS]);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))(
    '%s is complete in both languages',
    (_id, question) => {
      expect(QUESTION_KINDS).toContain(question.kind);
      for (const text of [question.text, question.field, question.help, question.hint, question.helpTitle]) {
        if (text === undefined) continue;
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(`${text.zh}${text.en}`).not.toContain('{days}');
      }
      expect(question.options !== undefined).toBe(question.kind === 'choice');
      for (const condition of [question.when, question.requiredWhen]) {
        if (condition) expect(ANSWER_FIELDS).toContain(condition.field);
      }
      for (const owned of question.owns) expect(owned).toMatch(/^[a-zA-Z]+(\.(\*|[a-zA-Z][a-zA-Z0-9]*))*$/);
    },
  );

  it('offers exactly the core’s values', () => {
    const values = (id: string) =>
      QUESTIONS.find((question) => question.id === id)?.options?.map((option) => option.value);
    expect(values('lenderType')?.sort()).toEqual([...LENDER_TYPES].sort());
    expect(values('status')).toEqual([...DEBT_STATUSES]);
    expect(values('method')).toEqual([...REPAYMENT_METHODS]);
    expect(values('frequency')).toEqual([...FREQUENCIES]);
    expect(values('rateKind')).toEqual(['annual', 'monthly', 'daily', 'feePerPeriod']);
  });

  it('gives every case-file field of a debt an owner, except those kept as they are', () => {
    const owned = new Set(QUESTIONS.flatMap((question) => question.owns.map((path) => path.split('.')[0])));
    for (const field of [
      'lender',
      'lenderType',
      'contractDate',
      'principal',
      'received',
      'schedule',
      'terms',
      'fees',
    ]) {
      expect(owned).toContain(field);
    }
    for (const field of [
      'payments',
      'claimed',
      'overdueSince',
      'status',
      'paymentOrderReceived',
      'officialChannel',
    ]) {
      expect(owned).toContain(field);
    }
  });
});
