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
  'limitationEvents',
  'status',
  'officialChannel',
];
const START: QuestionId[] = ['lender', 'lenderType', 'contractDate', 'principal', 'received', 'scheduleMode'];
const CARD_START: QuestionId[] = [
  'lender',
  'lenderType',
  'cardLast4',
  'cardStatementDay',
  'cardDueDay',
  'cardBalance',
];
/** cardOffers sits with the card questions; limitation events, status and channel are for every debt. */
const CARD_END: QuestionId[] = ['cardOffers', 'limitationEvents', 'status', 'officialChannel'];

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
      'limitationEvents',
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
      'limitationEvents',
      'status',
      'paymentOrderReceived',
      'officialChannel',
    ],
  ],
  [
    'an unlicensed lender: no official channel to ask for',
    [{ field: 'lenderType', value: 'unlicensed' }],
    [...START, 'fees', 'payments', 'claimedTotal', 'overdueSince', 'limitationEvents', 'status'],
  ],
  [
    'a credit card without a plan chosen yet: the card questions, no loan questions',
    [{ field: 'lenderType', value: 'credit_card' }],
    [...CARD_START, 'cardPlan', 'payments', 'overdueSince', ...CARD_END],
  ],
  [
    'a revolving card: principal, daily rate, first missed due date, opening date, last payments',
    [
      { field: 'lenderType', value: 'credit_card' },
      { field: 'cardPlan', value: 'revolving' },
    ],
    [
      ...CARD_START,
      'cardPlan',
      'cardPrincipal',
      'cardDailyRate',
      'cardFirstMissed',
      'cardOpenDate',
      'cardPayments',
      ...CARD_END,
    ],
  ],
  [
    'a revolving card with a stated balance asks for its date and its split',
    [
      { field: 'lenderType', value: 'credit_card' },
      { field: 'cardBalance', value: '43200' },
      { field: 'cardPlan', value: 'revolving' },
    ],
    [
      'lender',
      'lenderType',
      'cardLast4',
      'cardStatementDay',
      'cardDueDay',
      'cardBalance',
      'cardBalanceDate',
      'cardSplit',
      'cardPlan',
      'cardPrincipal',
      'cardDailyRate',
      'cardFirstMissed',
      'cardOpenDate',
      'cardPayments',
      ...CARD_END,
    ],
  ],
  [
    'a card on an instalment plan: the plan by its fee per period, then the payments with the shortcut',
    [
      { field: 'lenderType', value: 'credit_card' },
      { field: 'cardPlan', value: 'instalments' },
    ],
    [
      ...CARD_START,
      'cardPlan',
      'cardPlanPrincipal',
      'cardPlanStart',
      'cardPlanFeeRate',
      'cardPlanPeriods',
      'cardPlanFirstDue',
      'payments',
      'overdueSince',
      ...CARD_END,
    ],
  ],
  [
    'a loan answered as a card first: the card answers no longer steer the questions',
    [
      { field: 'lenderType', value: 'credit_card' },
      { field: 'cardPlan', value: 'revolving' },
      { field: 'lenderType', value: 'bank' },
    ],
    [...START, ...COMMON_END],
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
    expect(progress(draftOf([]), 'contractDate')).toEqual({ step: 3, total: 13 });
    expect(progress(draftOf([{ field: 'scheduleMode', value: 'terms' }]), 'rate')).toEqual({
      step: 9,
      total: 19,
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
      'limitationEvents',
      'status',
      'officialChannel',
    ]);
  });
});
