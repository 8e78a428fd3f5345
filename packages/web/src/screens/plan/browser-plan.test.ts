import {
  createLprTable,
  type Lang,
  type LprTable,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  quotationFromUser,
  STRATEGIES,
  yuan,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { type CapacityOverride, planInBrowser } from './browser-plan';
import { EXAMPLE_CASES, expectedPlan } from './test-examples';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const OVERRIDES: CapacityOverride[] = [
  {},
  { monthly: yuan('0') },
  { monthly: yuan('800') },
  { monthly: yuan('5000.50') },
  { lumpSum: yuan('0') },
  { lumpSum: yuan('30000') },
  { monthly: yuan('1200'), lumpSum: yuan('8000') },
];

/** `GET /api/cases/:id/plan?lang=&monthly=&lumpSum=`, as the route computes it (report-routes.ts). */
function asTheRouteDoes(
  text: string,
  lang: Lang,
  override: CapacityOverride,
  lpr: LprTable = createLprTable(),
) {
  const result = planCaseFile({
    caseFile: caseFileOf(text),
    lpr,
    options: { strategies: STRATEGIES, capacityOverride: override },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const { plan, analysis, caseFile } = result.value;
  return planReportJson(plan, analysis, caseFile, lang);
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('planInBrowser', () => {
  it('has examples to check', () => {
    expect(EXAMPLE_CASES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(EXAMPLE_CASES)('%s: the same JSON as the server for every what-if', (_name, caseFile) => {
    const text = JSON.stringify(caseFile);
    for (const override of OVERRIDES) {
      for (const lang of ['zh', 'en'] as const) {
        const browser = planInBrowser(caseFile, lang, override);
        if (!browser.ok) throw new Error(JSON.stringify(browser.issues));
        expect(json(browser.value), JSON.stringify(override)).toEqual(
          json(asTheRouteDoes(text, lang, override)),
        );
      }
    }
  });

  it.each(EXAMPLE_CASES)('%s: on the budget, the plan `shangan plan --json` prints', (name, caseFile) => {
    const browser = planInBrowser(caseFile, 'zh', {});
    if (!browser.ok) throw new Error(JSON.stringify(browser.issues));
    expect(json(browser.value)).toEqual(expectedPlan(name));
  });

  it("with the case owner's quotations, the JSON the route computes with them", () => {
    const [, privateLoan] = EXAMPLE_CASES.find(([name]) => name.startsWith('private-loan')) ?? [];
    if (privateLoan === undefined) throw new Error('no private-loan example');
    // The contract of 2024-03-15 falls under the quotation of 2024-02-20 (3.45 % built in).
    const lpr = createLprTable([quotationFromUser({ date: '2024-02-20', lpr1y: '3.00', lpr5y: '3.95' })]);
    const text = JSON.stringify(privateLoan);
    for (const override of OVERRIDES) {
      const browser = planInBrowser(privateLoan, 'zh', override, lpr);
      if (!browser.ok) throw new Error(JSON.stringify(browser.issues));
      expect(json(browser.value), JSON.stringify(override)).toEqual(
        json(asTheRouteDoes(text, 'zh', override, lpr)),
      );
      expect(json(browser.value)).not.toEqual(json(asTheRouteDoes(text, 'zh', override)));
    }
  });

  it('names the field of a case file it cannot plan', () => {
    const [, first] = EXAMPLE_CASES[0] ?? [];
    if (first === undefined) throw new Error('no example');
    const result = planInBrowser({ ...first, asOf: 'not a date' }, 'zh', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain('asOf');
  });
});
