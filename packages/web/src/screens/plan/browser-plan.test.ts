import {
  createLprTable,
  type Lang,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
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
function asTheRouteDoes(text: string, lang: Lang, override: CapacityOverride) {
  const result = planCaseFile({
    caseFile: caseFileOf(text),
    lpr: createLprTable(),
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

  it('names the field of a case file it cannot plan', () => {
    const [, first] = EXAMPLE_CASES[0] ?? [];
    if (first === undefined) throw new Error('no example');
    const result = planInBrowser({ ...first, asOf: 'not a date' }, 'zh', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain('asOf');
  });
});
