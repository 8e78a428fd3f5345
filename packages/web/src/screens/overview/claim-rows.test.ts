import type { CaseReportJson } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { claimRows, largestExcess } from './claim-rows';

type DebtJson = CaseReportJson['debts'][number];

function debt(id: string, claimed: string | null, supported: string, excess: string | null): DebtJson {
  return { id, lender: `Lender ${id}`, legal: { claimed, supported, excess } } as unknown as DebtJson;
}

const debts = [
  debt('a', '10900.00', '10281.52', '618.48'),
  debt('b', null, '5000.00', null),
  debt('c', '19000.00', '11128.52', '7871.48'),
];

describe('claimRows', () => {
  it('sets each claim against the supported amount, in fen, and skips debts without a claim', () => {
    expect(claimRows(debts, 'zh')).toEqual([
      {
        key: 'a',
        label: 'Lender a',
        values: [1_090_000, 1_028_152],
        valueLabels: ['10,900.00 元', '10,281.52 元'],
      },
      {
        key: 'c',
        label: 'Lender c',
        values: [1_900_000, 1_112_852],
        valueLabels: ['19,000.00 元', '11,128.52 元'],
      },
    ]);
  });
});

describe('largestExcess', () => {
  it('names the debt with the largest excess, or none when nothing exceeds', () => {
    expect(largestExcess(debts)?.id).toBe('c');
    expect(largestExcess([debt('z', '100.00', '100.00', '0.00')])).toBeUndefined();
  });
});
