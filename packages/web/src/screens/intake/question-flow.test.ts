import { describe, expect, it } from 'vitest';
import { type Answer, applyAnswer, emptyDraft } from './debt-draft';
import type { QuestionId } from './question-data';
import {
  askedQuestions,
  nextQuestion,
  previousQuestion,
  progress,
  resumeQuestion,
  unansweredOptional,
} from './question-flow';

const draftOf = (answers: Answer[]) => answers.reduce(applyAnswer, emptyDraft('d1'));

const COMMON_END: QuestionId[] = [
  'fees',
  'payments',
  'claimedTotal',
  'overdueSince',
  'status',
  'officialChannel',
];
const START: QuestionId[] = ['lender', 'lenderType', 'contractDate', 'principal', 'received', 'scheduleMode'];

/** Answers → the questions asked, in order. */
const flows: [string, Answer[], QuestionId[]][] = [
  ['no schedule chosen yet', [], [...START, ...COMMON_END]],
  [
    'each instalment and how many',
    [{ field: 'scheduleMode', value: 'instalments' }],
    [...START, 'instalmentAmount', 'instalmentCount', 'firstDueDate', ...COMMON_END],
  ],
  [
    'the contract’s rate and method',
    [{ field: 'scheduleMode', value: 'terms' }],
    [...START, 'method', 'rateKind', 'rate', 'frequency', 'periods', 'firstDueDate', ...COMMON_END],
  ],
  [
    'a claim asks for its date',
    [{ field: 'claimedTotal', value: '15000' }],
    [
      ...START,
      'fees',
      'payments',
      'claimedTotal',
      'claimedDate',
      'overdueSince',
      'status',
      'officialChannel',
    ],
  ],
  [
    'a payment order asks for the day it arrived',
    [{ field: 'status', value: 'payment_order' }],
    [
      ...START,
      'fees',
      'payments',
      'claimedTotal',
      'overdueSince',
      'status',
      'paymentOrderReceived',
      'officialChannel',
    ],
  ],
];

describe('the questions asked for a debt', () => {
  it.each(flows)('%s', (_name, answers, expected) => {
    const draft = draftOf(answers);
    expect(askedQuestions(draft).map((question) => question.id)).toEqual(expected);
    // Walking forward with "下一步" visits exactly these, then the review; back walks them in reverse.
    const walked: QuestionId[] = ['lender'];
    for (let next = nextQuestion(draft, 'lender'); next !== null; next = nextQuestion(draft, next))
      walked.push(next);
    expect(walked).toEqual(expected);
    const back: QuestionId[] = [expected.at(-1) as QuestionId];
    for (
      let previous = previousQuestion(draft, back[0] as QuestionId);
      previous !== null;
      previous = previousQuestion(draft, previous)
    ) {
      back.push(previous);
    }
    expect(back).toEqual([...expected].reverse());
  });

  it('counts the steps: 第 3 / 12 步', () => {
    expect(progress(draftOf([]), 'contractDate')).toEqual({ step: 3, total: 12 });
    expect(progress(draftOf([{ field: 'scheduleMode', value: 'terms' }]), 'rate')).toEqual({
      step: 9,
      total: 18,
    });
  });

  it('carries on at the first required question left empty, else at the review', () => {
    expect(resumeQuestion(draftOf([{ field: 'lender', value: 'x' }]))).toBe('lenderType');
    const basics = draftOf([
      { field: 'lender', value: 'x' },
      { field: 'lenderType', value: 'bank' },
      { field: 'contractDate', value: '2025-01-01' },
      { field: 'principal', value: '100' },
      { field: 'scheduleMode', value: 'instalments' },
    ]);
    expect(resumeQuestion(basics)).toBe('instalmentAmount');
    expect(resumeQuestion({ ...basics, scheduleMode: '' })).toBeNull();
  });

  it('lists the optional questions left empty for the review', () => {
    const ids = unansweredOptional(draftOf([{ field: 'received', value: '900' }])).map(
      (question) => question.id,
    );
    expect(ids).toEqual([
      'scheduleMode',
      'fees',
      'payments',
      'claimedTotal',
      'overdueSince',
      'status',
      'officialChannel',
    ]);
  });
});
