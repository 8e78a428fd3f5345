import { citation } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { EXTRA_PUSHBACKS, missingPushbacks, pushbackCitations } from './extra-pushbacks';

describe('missingPushbacks', () => {
  it('adds only what the script does not answer', () => {
    expect(missingPushbacks(['“不还就起诉你”', '“今天先还一点，表示诚意”'])).toEqual([
      'pay_in_full_today',
      'use_an_agent',
    ]);
    expect(missingPushbacks(['“必须今天全额还清”', '“你去找第三方代理吧”'])).toEqual([]);
    expect(missingPushbacks(['“找代理公司谈”'])).toEqual(['pay_in_full_today']);
  });
});

describe('pushbackCitations', () => {
  it('cites the card rule for credit cards only', () => {
    expect(pushbackCitations('pay_in_full_today', 'credit_card')).toEqual(['card-regulation-70']);
    expect(pushbackCitations('pay_in_full_today', 'microloan')).toEqual([]);
    expect(pushbackCitations('use_an_agent', 'credit_card')).toEqual([]);
  });

  it('cites only law that may be shown (confirmed or secondary, never unverified)', () => {
    for (const extra of EXTRA_PUSHBACKS) {
      for (const ids of Object.values(extra.citations)) {
        for (const id of ids ?? []) expect(citation(id).confidence).not.toBe('M');
      }
    }
  });
});
