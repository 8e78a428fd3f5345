import { CITATIONS, date, renderTriage } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { urgentActions } from './triage-actions';
import {
  askedTriage,
  isTriageComplete,
  nextTriage,
  previousTriage,
  restoreTriage,
  TRIAGE_ACTIONS,
  TRIAGE_IDS,
  TRIAGE_QUESTIONS,
  type TriageAnswers,
  triageProgress,
} from './triage-questions';

const TODAY = date('2026-11-21');

describe('triage.json', () => {
  it('holds every question once, in order, in both languages', () => {
    expect(TRIAGE_QUESTIONS.map((question) => question.id)).toEqual([...TRIAGE_IDS]);
    for (const question of TRIAGE_QUESTIONS) {
      expect(question.text.zh && question.text.en).toBeTruthy();
      expect(`${question.text.zh}${question.hint?.zh ?? ''}`).not.toContain('{days}');
    }
  });
  it('cites only law the core has, checked or from a named secondary source', () => {
    for (const action of Object.values(TRIAGE_ACTIONS)) {
      expect(action.title.zh && action.title.en && action.why.zh && action.why.en).toBeTruthy();
      for (const id of action.citations) {
        expect(Object.keys(CITATIONS)).toContain(id);
        expect(['C', 'S']).toContain(CITATIONS[id as keyof typeof CITATIONS].confidence);
      }
    }
  });
});

describe('the triage questions', () => {
  it('asks for the day only after a payment order', () => {
    expect(askedTriage({}).map((question) => question.id)).toEqual([
      'paymentOrder',
      'sued',
      'harassment',
      'cardFraud',
      'essentials',
    ]);
    expect(nextTriage({ paymentOrder: 'yes' }, 'paymentOrder')).toBe('paymentOrderDate');
    expect(nextTriage({ paymentOrder: 'no' }, 'paymentOrder')).toBe('sued');
    expect(previousTriage({ paymentOrder: 'yes' }, 'sued')).toBe('paymentOrderDate');
    expect(previousTriage({}, 'paymentOrder')).toBeNull();
    expect(nextTriage({}, 'essentials')).toBeNull();
    expect(triageProgress({ paymentOrder: 'yes' }, 'sued')).toEqual({ step: 3, total: 6 });
  });
  it('is complete when every yes/no has an answer', () => {
    const all: TriageAnswers = {
      paymentOrder: 'yes',
      sued: 'no',
      harassment: 'no',
      cardFraud: 'no',
      essentials: 'no',
    };
    expect(isTriageComplete(all)).toBe(true);
    const { essentials: _unanswered, ...partial } = all;
    expect(isTriageComplete(partial)).toBe(false);
  });
  it('restores only well-formed answers', () => {
    expect(restoreTriage({ paymentOrder: 'yes', sued: 'maybe', paymentOrderDate: '2026-02-30' })).toEqual({
      paymentOrder: 'yes',
    });
    expect(restoreTriage('x')).toEqual({});
  });
});

/** Answers → the actions, in order, and (for a payment order) the core's deadline text. */
describe('what to do this week', () => {
  it.each([
    [{}, ['officialOnly']],
    [
      { paymentOrder: 'yes', sued: 'yes', harassment: 'yes', cardFraud: 'yes', essentials: 'yes' },
      ['paymentOrder', 'sued', 'cardFraud', 'harassment', 'essentials', 'officialOnly'],
    ],
    [{ harassment: 'yes', essentials: 'no' }, ['harassment', 'officialOnly']],
  ] as [TriageAnswers, string[]][])('%j → %j', (answers, codes) => {
    expect(urgentActions(answers, TODAY).map((action) => action.code)).toEqual(codes);
  });

  it('counts the 15 days of a payment order from the day it arrived', () => {
    const [action] = urgentActions({ paymentOrder: 'yes', paymentOrderDate: '2026-11-18' }, TODAY);
    expect(action?.item?.params).toEqual({ received: '2026-11-18', deadline: '2026-12-03', daysLeft: 12 });
    expect(action?.item && renderTriage(action.item, 'zh', '你的债务')).toContain(
      '2026-12-03 前送到法院（还剩 12 天）',
    );
    expect(action?.citations).toEqual(['civil-procedure-payment-order']);
  });

  it('says so when the deadline may have passed, and asks for the day when it is unknown', () => {
    const [late] = urgentActions({ paymentOrder: 'yes', paymentOrderDate: '2026-10-01' }, TODAY);
    expect(late?.item && renderTriage(late.item, 'zh', '你的债务')).toContain('可能已经过了');
    const [unknown] = urgentActions({ paymentOrder: 'yes' }, TODAY);
    expect(unknown?.item && renderTriage(unknown.item, 'zh', '你的债务')).toContain('请马上确认收到的日期');
  });
});
