// Goldens for `shangan offer` (issue 12): an offer accepted, one countered, one refused because no
// plan fits, and one refused because the debt may be time-barred. Regenerate after a deliberate
// change with  UPDATE_GOLDENS=1 npx vitest run test/offer-goldens.test.ts  and review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyzeCaseFile,
  createLprTable,
  type OfferRequest,
  offerReportJson,
  parseCaseFileText,
  weighOffer,
  yuan,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const goldens = `${examples}expected/offers/`;

const timeBarred = {
  version: 1,
  asOf: '2026-12-01',
  budget: { incomes: [{ name: '工资', monthly: '6000' }], expenses: { housing: '1500', food: '1200' } },
  debts: [
    {
      id: 'old-loan',
      lender: '某小额贷款公司',
      lenderType: 'microloan',
      contractDate: '2020-03-01',
      principal: '10000',
      terms: { method: 'equal_installment', periods: 12, annualRate: '0.18' },
      claimed: { date: '2026-11-01', total: '16500' },
    },
  ],
};

const cases: { name: string; text: () => string; request: OfferRequest; verdict: string }[] = [
  {
    name: 'accept',
    text: () => readFileSync(`${examples}five-loans-80k.json`, 'utf8'),
    request: { debtId: 'bank-10k', total: yuan(9_000), periods: 12 },
    verdict: 'accept',
  },
  {
    name: 'counter',
    text: () => readFileSync(`${examples}five-loans-80k.json`, 'utf8'),
    request: { debtId: 'bank-10k', total: yuan(10_800), periods: 6 },
    verdict: 'counter',
  },
  {
    name: 'refuse',
    text: () => readFileSync(`${examples}overextended-three-loans.json`, 'utf8'),
    request: { debtId: 'xiaodai-40k', total: yuan(40_000), periods: 24 },
    verdict: 'refuse',
  },
  {
    name: 'time-barred',
    text: () => JSON.stringify(timeBarred),
    request: { debtId: 'old-loan', total: yuan(5_000), periods: 5 },
    verdict: 'refuse',
  },
];

describe('shangan offer goldens', () => {
  it.each(cases)('$name', ({ name, text, request, verdict }) => {
    const parsed = parseCaseFileText(text());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const analyzed = analyzeCaseFile({ caseFile: parsed.value, lpr: createLprTable() });
    if (!analyzed.ok) throw new Error(JSON.stringify(analyzed.issues));
    const { caseFile, analysis } = analyzed.value;
    const report = offerReportJson(weighOffer(caseFile, analysis, request), analysis, 'zh');
    expect(report.verdict).toBe(verdict);
    const path = `${goldens}${name}.json`;
    if (process.env.UPDATE_GOLDENS) writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
    expect(report).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
