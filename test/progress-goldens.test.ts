// Goldens for `shangan progress` (issue 12): every example (no agreement yet: the plan's figures),
// and one with a signed agreement, two instalments paid and one missed. Regenerate after a
// deliberate change with  UPDATE_GOLDENS=1 npx vitest run test/progress-goldens.test.ts  and review
// the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyzeCaseFile,
  caseProgress,
  createLprTable,
  fen,
  parseCaseFileText,
  planCase,
  progressReportJson,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const goldens = `${examples}expected/progress/`;

/** five-loans-80k with the bank's 个性化分期 signed: 9,000 in six monthly instalments from 2026-09-10. */
function withAgreement(): string {
  const file = JSON.parse(readFileSync(`${examples}five-loans-80k.json`, 'utf8'));
  const bank = file.debts.find((debt: { id: string }) => debt.id === 'bank-10k');
  bank.agreement = {
    signedOn: '2026-08-20',
    total: '9000',
    terms: { waived: '1900', graceDays: 3 },
    instalments: ['2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10', '2027-02-10'].map(
      (dueOn) => ({ dueOn, amount: '1500' }),
    ),
  };
  // Two instalments paid on time; the one of 2026-11-10 is missed (the analysis date is 2026-11-20).
  bank.payments.push({ date: '2026-09-09', amount: '1500' }, { date: '2026-10-10', amount: '1500' });
  return JSON.stringify(file);
}

const cases = [
  ...readdirSync(examples)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.json'.length),
      text: () => readFileSync(`${examples}${file}`, 'utf8'),
    })),
  { name: 'agreement-missed-instalment', text: withAgreement },
];

function analyzed(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const result = analyzeCaseFile({ caseFile: parsed.value, lpr: createLprTable() });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('shangan progress goldens', () => {
  it.each(cases)('$name', ({ name, text }) => {
    const { caseFile, analysis } = analyzed(text());
    const report = progressReportJson(caseProgress(caseFile, analysis), 'zh');
    const path = `${goldens}${name}.json`;
    if (process.env.UPDATE_GOLDENS) writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
    expect(report).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});

describe('a signed agreement in the case file', () => {
  const { caseFile, analysis } = analyzed(withAgreement());

  it('is behind after the missed instalment, with what is next and the warning', () => {
    const bank = caseProgress(caseFile, analysis).debts.find((debt) => debt.debtId === 'bank-10k');
    expect(bank?.state).toBe('behind');
    expect(bank?.agreement?.instalments.map((i) => i.state)).toEqual([
      'paid',
      'paid',
      'missed',
      'due',
      'due',
      'due',
    ]);
    expect(bank?.remaining).toBe(fen(600_000));
    expect(bank?.nextDue).toEqual({ date: '2026-11-10', amount: 150_000 });
    expect(progressReportJson(caseProgress(caseFile, analysis), 'zh').debts[0]?.warning).toMatch(/协议/);
  });

  it('fixes what every strategy pays that debt: the missed instalment at once, then each on its month', () => {
    for (const plan of planCase(caseFile, analysis).strategies) {
      expect(plan.feasible, plan.name).toBe(true);
      const paid = plan.schedule.flatMap((month) =>
        month.payments.filter((p) => p.debtId === 'bank-10k').map((p) => [month.date, p.amount]),
      );
      expect(paid, plan.name).toEqual([
        ['2026-12-20', 300_000],
        ['2027-01-20', 150_000],
        ['2027-02-20', 150_000],
      ]);
      const capacity = planCase(caseFile, analysis).capacity.monthly;
      for (const month of plan.schedule) {
        const total = month.payments.reduce((sum, p) => sum + p.amount, 0);
        expect(total, `${plan.name} month ${month.month}`).toBeLessThanOrEqual(
          capacity + (month.month === 1 ? planCase(caseFile, analysis).capacity.lumpSum : 0),
        );
      }
    }
  });
});
