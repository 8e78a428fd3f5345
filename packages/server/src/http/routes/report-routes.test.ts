import { readdirSync, readFileSync } from 'node:fs';
import {
  createLprTable,
  type Lang,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  yuan,
} from '@shangan/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { currentIfMatch } from '../../test-support/if-match.js';
import { useLocalApp } from '../../test-support/local-app.js';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const { call } = useLocalApp();

const examplesDir = new URL('../../../../../examples/', import.meta.url);
const EXAMPLES = readdirSync(examplesDir).filter((name) => name.endsWith('.json'));
const exampleFile = (name: string): unknown => JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8'));

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

async function importCase(caseFile: unknown): Promise<string> {
  const response = await call('POST', '/api/import', caseFile);
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The case file as the web app holds it: what `GET /api/cases/:id` answers. */
async function storedCaseFile(id: string): Promise<unknown> {
  return ((await (await call('GET', `/api/cases/${id}`)).json()) as { caseFile: unknown }).caseFile;
}

async function plan(id: string, query: string): Promise<unknown> {
  const response = await call('GET', `/api/cases/${id}/plan?${query}`);
  expect(response.status).toBe(200);
  return response.json();
}

/**
 * The web app's what-if recipe, on the case file it holds: the route must give exactly this, so
 * the sliders (which run it in the browser) show the server's numbers.
 */
function browserRecipe(caseFile: unknown, lang: Lang, override: { monthly?: string; lumpSum?: string }) {
  const result = planCaseFile({
    caseFile: caseFileOf(JSON.stringify(caseFile)),
    lpr: createLprTable(),
    options: {
      capacityOverride: {
        ...(override.monthly === undefined ? {} : { monthly: yuan(override.monthly) }),
        ...(override.lumpSum === undefined ? {} : { lumpSum: yuan(override.lumpSum) }),
      },
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const { plan: casePlan, analysis, caseFile: parsed } = result.value;
  return JSON.parse(JSON.stringify(planReportJson(casePlan, analysis, parsed, lang)));
}

const OVERRIDES: { monthly?: string; lumpSum?: string }[] = [
  {},
  { monthly: '0' },
  { monthly: '800' },
  { monthly: '5000.50' },
  { lumpSum: '0' },
  { lumpSum: '30000' },
  { monthly: '1200', lumpSum: '8000' },
];

describe('GET /api/cases/:id/plan with what-if capacity', () => {
  it.each(EXAMPLES)('%s: the same report as the web app computes in the browser', async (name) => {
    const id = await importCase(exampleFile(name));
    const caseFile = await storedCaseFile(id);
    for (const override of OVERRIDES) {
      for (const lang of ['zh', 'en'] as const) {
        const query = new URLSearchParams({ lang, ...override }).toString();
        expect(await plan(id, query), `${name}?${query}`).toEqual(browserRecipe(caseFile, lang, override));
      }
    }
  });

  it('uses the amounts given instead of the budget, and only those', async () => {
    const id = await importCase(exampleFile('five-loans-80k.json'));
    type Report = { capacity: { monthly: string; lumpSum: string }; strategies: { months: number }[] };
    const budget = (await plan(id, '')) as Report;
    expect(budget.capacity).toMatchObject({ monthly: '2575.00', lumpSum: '20000.00' });
    const more = (await plan(id, 'monthly=5000')) as Report;
    expect(more.capacity).toMatchObject({ monthly: '5000.00', lumpSum: '20000.00' });
    expect(more.strategies[0]?.months).toBeLessThan(budget.strategies[0]?.months ?? 0);
    const noLump = (await plan(id, 'lumpSum=0')) as Report;
    expect(noLump.capacity).toMatchObject({ monthly: '2575.00', lumpSum: '0.00' });
    // The same amount written two ways is one what-if (and one cache entry).
    expect(await plan(id, 'monthly=5,000')).toEqual(more);
    expect(await plan(id, 'monthly=0.5万')).toEqual(more);
    // A cached what-if never answers the budget's question.
    expect(await plan(id, '')).toEqual(budget);
  });

  it('a bad amount: 400 naming the parameter, with a precise message', async () => {
    const id = await importCase(exampleFile('five-loans-80k.json'));
    const cases: [string, string, string, RegExp][] = [
      ['monthly=abc', 'monthly', 'invalid_amount', /不是有效金额/],
      ['monthly=', 'monthly', 'invalid_amount', /金额为空/],
      ['lumpSum=-1', 'lumpSum', 'amount_negative', /不能为负数/],
      ['lumpSum=1.234', 'lumpSum', 'invalid_amount', /两位小数/],
    ];
    for (const [query, path, code, message] of cases) {
      const response = await call('GET', `/api/cases/${id}/plan?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.issues).toEqual([
        { path, code, params: expect.any(Object), message: expect.stringMatching(message) },
      ]);
    }
    const both = (await (
      await call('GET', `/api/cases/${id}/plan?monthly=x&lumpSum=-2`)
    ).json()) as ErrorBody;
    expect(both.error.issues?.map((issue) => issue.path)).toEqual(['monthly', 'lumpSum']);
  });
});

describe('the budget lines and the custom order through the store', () => {
  type CustomPlan = {
    capacity: { monthly: string; priorityMonthly: string; irregularMonthly: string };
    priority: { debts: { name: string; monthly: string }[] };
    strategies: { name: string; firstCleared: { debtId: string } | null }[];
  };
  const firstCleared = (report: CustomPlan) => report.strategies[0]?.firstCleared?.debtId;

  it('keeps plan.order, the irregular costs and the priority debts; the custom plan follows the stored order', async () => {
    const file = exampleFile('five-loans-80k.json') as {
      budget: Record<string, unknown>;
      plan?: unknown;
    };
    file.budget.irregularCosts = [{ name: '春节回家', amount: '2400', every: 12 }];
    file.budget.priorityDebts = [{ kind: 'tax', name: '个体户欠税', monthly: '200', arrears: '2400' }];
    file.plan = { order: ['app-10k'] };
    const id = await importCase(file);
    const stored = (await storedCaseFile(id)) as typeof file;
    expect(stored.plan).toEqual({ order: ['app-10k'] });
    expect(stored.budget.irregularCosts).toEqual([{ name: '春节回家', amount: '2400', every: 12 }]);
    expect(stored.budget.priorityDebts).toEqual([
      { kind: 'tax', name: '个体户欠税', monthly: '200', arrears: '2400' },
    ]);
    // Without the lump sum, which would clear several debts in month 1.
    const before = (await plan(id, 'strategy=custom&lumpSum=0')) as CustomPlan;
    // 2,575 − 200 (the festival, monthly) − 200 (the tax arrears) = 2,175.
    expect(before.capacity).toMatchObject({
      monthly: '2175.00',
      priorityMonthly: '200.00',
      irregularMonthly: '200.00',
    });
    expect(before.priority.debts).toMatchObject([{ name: '个体户欠税', monthly: '200.00' }]);
    expect(firstCleared(before)).toBe('app-10k');

    const put = await call(
      'PUT',
      `/api/cases/${id}`,
      { title: '改了顺序', caseFile: { ...stored, plan: { order: ['friend-8k', 'bank-10k'] } } },
      await currentIfMatch((path) => call('GET', path), id),
    );
    expect(put.status).toBe(200);
    expect(((await storedCaseFile(id)) as typeof file).plan).toEqual({ order: ['friend-8k', 'bank-10k'] });
    const after = (await plan(id, 'strategy=custom&lumpSum=0')) as CustomPlan;
    expect(firstCleared(after)).toBe('friend-8k');

    // And in the export, whose case.json is the case file.
    const zip = new Uint8Array(
      await (await call('GET', `/api/cases/${id}/export?reveal=true`)).arrayBuffer(),
    );
    const exported = JSON.parse(strFromU8(unzipSync(zip)['case.json'] as Uint8Array)) as typeof file;
    expect(exported.plan).toEqual({ order: ['friend-8k', 'bank-10k'] });
    expect(exported.budget.priorityDebts).toEqual(stored.budget.priorityDebts);
  });

  it('refuses an order naming a debt the case does not have, at the field', async () => {
    const file = exampleFile('five-loans-80k.json') as Record<string, unknown>;
    const response = await call('POST', '/api/import', { ...file, plan: { order: ['nobody'] } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(['plan.order[0]']);
  });
});
