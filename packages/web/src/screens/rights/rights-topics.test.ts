import { CITATIONS, formatCitation } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { complaintGroups } from './complaint-groups';
import { RIGHTS_TOPICS, SCAMS } from './rights-topics';

describe('RIGHTS_TOPICS', () => {
  const ids = RIGHTS_TOPICS.flatMap((topic) => [...topic.citations]);

  it('shows only confirmed or secondary-source law (never M)', () => {
    for (const id of [...ids, ...SCAMS.flatMap((scam) => [...scam.citations])]) {
      expect(['C', 'S']).toContain(CITATIONS[id].confidence);
      expect(formatCitation(id, 'zh')).toContain(CITATIONS[id].article);
    }
  });

  it('explains each rule once', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the payment-order deadline, the 24 % reference and the credit-report objection', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'civil-procedure-payment-order',
        'spc-financial-trial-2017-2',
        'credit-reporting-25',
      ]),
    );
  });
});

describe('complaintGroups', () => {
  const groups = complaintGroups();

  it('puts every lender type in exactly one group', () => {
    const types = groups.flatMap((group) => group.lenderTypes);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toHaveLength(8);
  });

  it('sends banks, consumer finance and card issuers to the same regulator', () => {
    const bank = groups.find((group) => group.lenderTypes.includes('bank'));
    expect(bank?.lenderTypes).toEqual(['bank', 'consumer_finance', 'credit_card']);
    expect(bank?.route.channel).toContain('请以官方公布的号码为准');
  });
});
