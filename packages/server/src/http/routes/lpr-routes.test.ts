import {
  addDays,
  createLprTable,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  quotationFromUser,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { chinaDate } from '../../repositories/china-date.js';
import { useLocalApp } from '../../test-support/local-app.js';

const { call } = useLocalApp();

/**
 * A private loan formed after the built-in table's newest quotation (2026-01-20, 3.00 %): its cap is
 * 4 × the one-year LPR at formation, so a quotation published between the two changes it.
 */
const CASE_FILE = {
  version: 1,
  asOf: '2026-11-20',
  budget: { incomes: [{ name: '工资', monthly: '6000' }], expenses: { housing: '1500', food: '1200' } },
  debts: [
    {
      id: 'iou',
      lender: '个人出借人王某',
      lenderType: 'private',
      contractDate: '2026-03-10',
      principal: '20000',
      terms: { method: 'interest_only', periods: 12, frequency: 'monthly', annualRate: '24%' },
      payments: [
        { date: '2026-04-10', amount: '400' },
        { date: '2026-05-10', amount: '400' },
      ],
      claimed: { date: '2026-11-01', total: '24000' },
      status: 'overdue',
    },
  ],
};

interface Lpr {
  builtInLatest: { date: string; lpr1y: string; lpr5y: string; status: string } | null;
  own: { date: string; lpr1y: string; lpr5y: string; source: string | null }[];
  limit: number;
}
interface Report {
  debts: { cap: { rate: number; lprDate: string | null }; findings: { code: string }[] }[];
  notices: { code: string; message: string; citations: { id: string }[] }[];
}
interface ErrorBody {
  error: { code: string; message: string; issues: { path: string; code: string; message: string }[] };
}

async function newCase(): Promise<string> {
  const response = await call('POST', '/api/cases', { title: 'LPR', caseFile: CASE_FILE });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function json<T>(path: string): Promise<T> {
  const response = await call('GET', path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const add = (quotation: Record<string, unknown>) => call('POST', '/api/lpr/quotations', quotation);
const remove = (date: string) => call('DELETE', `/api/lpr/quotations/${date}`);
const capOf = async (caseId: string) => (await json<Report>(`/api/cases/${caseId}/analysis`)).debts[0]?.cap;
const noticeCodes = async (caseId: string) =>
  (await json<Report>(`/api/cases/${caseId}/analysis`)).notices.map((notice) => notice.code);

describe('the person’s own LPR quotations', () => {
  it('lists the built-in table’s newest quotation, and none of the person’s own at first', async () => {
    expect(await json<Lpr>('/api/lpr')).toEqual({
      builtInLatest: { date: '2026-01-20', lpr1y: '3.00', lpr5y: '3.50', status: 'derived_no_change' },
      own: [],
      limit: 240,
    });
  });

  it('a quotation added is what the analysis, plan, offer and documents of a case use; deleting it undoes that', async () => {
    const caseId = await newCase();
    const documentPath = `/api/cases/${caseId}/documents/negotiation?debt=iou&format=md`;
    const offer = () => call('POST', `/api/cases/${caseId}/debts/iou/offer`, { total: '20000', periods: 10 });
    const letterBefore = await (await call('GET', documentPath)).text();
    const offerBefore = await (await offer()).json();
    expect(await capOf(caseId)).toMatchObject({ rate: 0.12, lprDate: '2026-01-20' });
    const stale = (await json<Report>(`/api/cases/${caseId}/analysis`)).notices.find(
      (notice) => notice.code === 'lpr_stale',
    );
    // The notice says which contracts a newer quotation can change, with the rule it rests on.
    expect(stale?.message).toContain('只有在 2026-01-20 之后成立的借款');
    expect(stale?.citations.map((citation) => citation.id)).toEqual([
      'spc-private-lending-2020b-25',
      'spc-private-lending-2020b-31',
    ]);

    const added = await add({
      date: '2026-02-20',
      lpr1y: '2.8',
      lpr5y: '3.30',
      source: ' 全国银行间同业拆借中心网站 ',
    });
    expect(added.status).toBe(201);
    const stored = { date: '2026-02-20', lpr1y: '2.80', lpr5y: '3.30', source: '全国银行间同业拆借中心网站' };
    expect(await added.json()).toEqual(stored);
    expect((await json<Lpr>('/api/lpr')).own).toEqual([stored]);
    expect(await json(`/api/cases/${caseId}/lpr`)).toEqual({ own: [stored] });

    // 4 × 2.80 % for a contract formed on 2026-03-10, flagged as a quotation of the person's own.
    const report = await json<Report>(`/api/cases/${caseId}/analysis`);
    expect(report.debts[0]?.cap).toMatchObject({ rate: 0.112, lprDate: '2026-02-20' });
    expect(report.debts[0]?.findings.map((finding) => finding.code)).toContain('lpr_unconfirmed');
    expect(await (await call('GET', documentPath)).text()).not.toEqual(letterBefore);
    expect(await (await offer()).json()).not.toEqual(offerBefore);
    // The plan is the one the web app's what-if computes with the case's quotations.
    const plan = await json(`/api/cases/${caseId}/plan?lang=zh&strategy=all`);
    const parsed = parseCaseFileText(JSON.stringify(CASE_FILE));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const planned = planCaseFile({
      caseFile: parsed.value,
      lpr: createLprTable([quotationFromUser(stored)]),
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const { plan: expected, analysis, caseFile } = planned.value;
    expect(plan).toEqual(JSON.parse(JSON.stringify(planReportJson(expected, analysis, caseFile, 'zh'))));

    // A quotation within 35 days of the analysis date: the table is no longer out of date.
    expect(await noticeCodes(caseId)).toContain('lpr_stale');
    expect((await add({ date: '2026-11-20', lpr1y: '2.80', lpr5y: '3.30' })).status).toBe(201);
    expect(await noticeCodes(caseId)).not.toContain('lpr_stale');

    expect((await remove('2026-11-20')).status).toBe(204);
    expect((await remove('2026-02-20')).status).toBe(204);
    expect(await capOf(caseId)).toMatchObject({ rate: 0.12, lprDate: '2026-01-20' });
    expect(await (await call('GET', documentPath)).text()).toEqual(letterBefore);
    expect((await json<Lpr>('/api/lpr')).own).toEqual([]);
    const again = await remove('2026-02-20');
    expect(again.status).toBe(404);
    expect(((await again.json()) as ErrorBody).error).toMatchObject({
      code: 'not_found',
      message: '你没有添加过这一天的LPR报价',
    });
  });

  it('a second quotation of the same date replaces the first', async () => {
    expect((await add({ date: '2026-03-20', lpr1y: '2.90', lpr5y: '3.40' })).status).toBe(201);
    expect(
      (await add({ date: '2026-03-20', lpr1y: '2.85', lpr5y: '3.35', source: '中国人民银行' })).status,
    ).toBe(201);
    expect((await json<Lpr>('/api/lpr')).own).toEqual([
      { date: '2026-03-20', lpr1y: '2.85', lpr5y: '3.35', source: '中国人民银行' },
    ]);
    expect((await remove('2026-03-20')).status).toBe(204);
  });

  it('refuses a bad quotation with one precise issue for each field', async () => {
    const issuesOf = async (response: Response) => {
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe('invalid_input');
      return error.issues.map((issue) => [issue.path, issue.code, issue.message]);
    };
    expect(await issuesOf(await add({ date: '2026-02-30', lpr1y: '3,00', lpr5y: '25', note: 'x' }))).toEqual([
      ['date', 'invalid_date', '不是有效日期，格式为 YYYY-MM-DD'],
      ['lpr1y', 'invalid_percent', '应为百分数，如 3.00'],
      ['lpr5y', 'out_of_range', '应在 0 到 20 之间'],
      ['', 'unknown_fields', '未知字段 note'],
    ]);
    expect(await issuesOf(await add({ date: '2019-08-19', lpr1y: '4.25', lpr5y: '4.85' }))).toEqual([
      ['date', 'before_lpr_reform', '早于 2019-08-20，现行的LPR从这一天起才开始报价'],
    ]);
    const today = chinaDate(new Date().toISOString());
    expect(await issuesOf(await add({ date: addDays(today, 1), lpr1y: '3.00', lpr5y: '3.50' }))).toEqual([
      ['date', 'after_today', `晚于今天（${today}），这一天的报价还没有公布`],
    ]);
    expect(await issuesOf(await add({ lpr1y: '3.00', lpr5y: '3.50', source: 'x'.repeat(501) }))).toEqual([
      ['date', 'required', '必填'],
      ['source', 'too_big', '不能超过 500 个字符'],
    ]);
    expect(await issuesOf(await remove('2026-13-01'))).toEqual([
      ['date', 'invalid_date', '不是有效日期，格式为 YYYY-MM-DD'],
    ]);
    expect((await json<Lpr>('/api/lpr')).own).toEqual([]);
  });
});
