import { date } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { moneyText, percentToRate, rateToPercent, wholeNumber } from './answer-text';
import { emptyDraft, nextDebtId, restoreDraft } from './debt-draft';
import { issueWords } from './draft-issue';
import { equalMonthlyInstalments, instalmentRows } from './instalment-schedule';
import { intakePath, parseIntakeRoute } from './intake-route';

describe('answer text', () => {
  it.each([
    ['18%', '18'],
    ['0.18', '18'],
    ['0.239', '23.9'],
    ['0.0006', '0.06'],
    ['0.00025', '0.025'],
    ['0.02', '2'],
    ['1', '100'],
    ['0', '0'],
    [0.0005, '0.05'],
  ] as const)('the rate %s is %s %%', (rate, percent) => expect(rateToPercent(rate)).toBe(percent));

  it.each([
    ['18', '18%'],
    [' 0.05% ', '0.05%'],
    ['0', '0%'],
    ['18 %', '18%'],
    ['十八', undefined],
    ['-1', undefined],
    ['', undefined],
  ])('the typed rate %j is %j', (typed, rate) => expect(percentToRate(typed)).toBe(rate));

  it.each([
    ['1.2万', '12000.00'],
    ['1,234.5', '1234.50'],
    ['¥500', '500.00'],
    ['一万', '一万'],
  ])('money %s → %s', (typed, stored) => expect(moneyText(typed)).toBe(stored));

  it('reads whole numbers only', () => {
    expect(wholeNumber(' 12 ')).toBe(12);
    expect(wholeNumber('12.5')).toBe('12.5');
  });
});

describe('schedules of equal monthly instalments', () => {
  it('counts months from the first due date', () => {
    expect(instalmentRows('100.00', 4, date('2025-11-30')).map((row) => row.date)).toEqual([
      '2025-11-30',
      '2025-12-30',
      '2026-01-30',
      '2026-02-28',
    ]);
  });
  it('recognises its own rows and nothing else', () => {
    const rows = instalmentRows('100.00', 3, date('2025-01-31'));
    expect(equalMonthlyInstalments(rows)).toEqual({ amount: '100.00', count: 3, firstDueDate: '2025-01-31' });
    expect(
      equalMonthlyInstalments([...rows.slice(0, 2), { date: '2025-03-31', amount: '99.99' }]),
    ).toBeUndefined();
    expect(
      equalMonthlyInstalments([rows[0] ?? { date: '', amount: '' }, { date: '2025-03-15', amount: '100' }]),
    ).toBeUndefined();
    expect(equalMonthlyInstalments([])).toBeUndefined();
  });
});

describe('intake routes', () => {
  it.each([
    ['', { kind: 'home' }],
    ['new', { kind: 'new' }],
    ['about', { kind: 'about' }],
    ['situation', { kind: 'situation' }],
    ['d2', { kind: 'resume', debtId: 'd2' }],
    ['bank-10k/review', { kind: 'review', debtId: 'bank-10k' }],
    ['d2/principal', { kind: 'question', debtId: 'd2', question: 'principal' }],
    ['d2/nonsense', { kind: 'unknown' }],
    ['new/principal', { kind: 'unknown' }],
    ['d2/principal/more', { kind: 'unknown' }],
    ['<script>', { kind: 'unknown' }],
  ])('#/intake/%s', (rest, route) => {
    expect(parseIntakeRoute(rest)).toEqual(route);
    if (route.kind !== 'unknown')
      expect(intakePath(route as never)).toBe(rest === '' ? '/intake' : `/intake/${rest}`);
  });
});

describe('drafts', () => {
  it('takes the next free id', () => {
    expect(nextDebtId([])).toBe('d1');
    expect(nextDebtId(['d1', 'bank-10k', 'd7', 'd'])).toBe('d8');
  });
  it('restores what it stored and refuses what it did not', () => {
    const draft = {
      ...emptyDraft('d3'),
      principal: '1.2万',
      fees: [{ name: '会员费', amount: '', when: 'upfront' }],
    };
    expect(restoreDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(
      restoreDraft({ id: 'd3', principal: 12, payments: [{ date: 5 }], prefilled: ['status', 'x'] }),
    ).toEqual({
      ...emptyDraft('d3'),
      payments: [{ date: '', amount: '' }],
      prefilled: ['status'],
    });
    expect(restoreDraft(null)).toBeUndefined();
    expect(restoreDraft({ principal: '1' })).toBeUndefined();
  });
});

describe('the core’s issues', () => {
  it('are worded from its catalog in each language, never split from one string', () => {
    expect(issueWords({ code: 'amount_not_positive', params: {} })).toEqual({
      zh: '金额必须大于0',
      en: 'the amount must be greater than 0',
    });
    expect(
      issueWords({ code: 'too_small', params: { origin: 'number', minimum: 1, inclusive: true } }),
    ).toEqual({
      zh: '至少 1',
      en: 'at least 1',
    });
  });
});
