import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  createLprTable,
  MAX_CASE_FILE_BYTES,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  yuan,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const home = mkdtempSync(join(tmpdir(), 'shangan-home-'));

async function run(
  argv: string[],
  stdin = '',
  env: NodeJS.ProcessEnv = { SHANGAN_HOME: home },
): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr, env, today: '2026-11-21' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'shangan-cli-'));
const HAN = /\p{Script=Han}/u;
function caseFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const validDebt = {
  id: 'd1',
  lender: '某小贷',
  lenderType: 'microloan',
  contractDate: '2025-05-10',
  principal: '30000',
  terms: { method: 'equal_installment', periods: 12, annualRate: '0.347' },
  claimed: { date: '2026-11-20', total: '58000' },
};
const validCase = { version: 1, asOf: '2026-11-20', debts: [validDebt] };

describe('shangan analyze', () => {
  it('prints a readable Chinese report', async () => {
    const result = await run(['analyze', caseFile('ok.json', validCase)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('债务分析报告');
    expect(result.stdout).toContain('真实年化利率（IRR法）');
    expect(result.stdout).toContain('法院可能支持');
    expect(result.stdout).toContain('不是法律意见');
  });

  it('--json prints the documented shape with money as 2-decimal strings and rates as numbers', async () => {
    const result = await run(['analyze', caseFile('ok.json', validCase), '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['asOf', 'lpr', 'debts', 'totals']));
    expect(report.lpr).toMatchObject({ latestDate: '2026-01-20', stale: true });
    const [debt] = report.debts;
    expect(Object.keys(debt.apr)).toEqual(['periodicRate', 'periodsPerYear', 'simple', 'compound', 'method']);
    expect(typeof debt.apr.simple).toBe('number');
    expect(debt.cap).toMatchObject({ rate: 0.24, basis: 'financial_24_reference', lprDate: null, lpr: null });
    expect(debt.cap.citations[0]).toMatchObject({
      id: expect.any(String),
      confidence: expect.stringMatching(/^[CS]$/),
    });
    expect(debt.legal.principalBasis).toBe('30000.00');
    expect(debt.legal.claimed).toBe('58000.00');
    for (const key of ['supported', 'excess', 'overpaid']) expect(debt.legal[key]).toMatch(/^-?\d+\.\d{2}$/);
    expect(Array.isArray(debt.legal.scenarios)).toBe(true);
    const finding = debt.findings[0];
    expect(Object.keys(finding)).toEqual(['code', 'severity', 'params', 'message', 'citations']);
    expect(report.totals).toMatchObject({ claimed: '58000.00' });
  });

  it('--as-of and --lang en', async () => {
    const result = await run([
      'analyze',
      caseFile('ok.json', validCase),
      '--as-of',
      '2026-06-01',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Analysis date');
    expect(result.stdout).toContain('2026-06-01');
  });

  const malformed: [string, unknown, string][] = [
    ['wrong types', { ...validCase, debts: [{ ...validDebt, principal: true }] }, 'debts[0].principal:'],
    [
      'a missing field',
      { ...validCase, debts: [{ ...validDebt, lender: undefined }] },
      'debts[0].lender: 必填',
    ],
    [
      'an impossible date',
      { ...validCase, debts: [validDebt, { ...validDebt, id: 'd2', contractDate: '2023-02-29' }] },
      'debts[1].contractDate: 不是有效日期',
    ],
    [
      'a negative amount',
      { ...validCase, debts: [{ ...validDebt, principal: '-500' }] },
      'debts[0].principal: 金额必须大于0',
    ],
    [
      'a negative payment',
      { ...validCase, debts: [{ ...validDebt, payments: [{ date: '2025-06-10', amount: -1 }] }] },
      'debts[0].payments[0].amount:',
    ],
    [
      'an unknown field',
      { ...validCase, debts: [{ ...validDebt, principle: '1' }] },
      'debts[0]: 未知字段 principle',
    ],
    [
      'two rates',
      { ...validCase, debts: [{ ...validDebt, terms: { ...validDebt.terms, monthlyRate: '0.02' } }] },
      'debts[0].terms.monthlyRate:',
    ],
    [
      'a rate typed as percent',
      { ...validCase, debts: [{ ...validDebt, terms: { ...validDebt.terms, annualRate: 347 } }] },
      'debts[0].terms.annualRate:',
    ],
    ['a wrong version', { ...validCase, version: 2 }, 'version:'],
    [
      'a bare percent sign as rate',
      { ...validCase, debts: [{ ...validDebt, terms: { ...validDebt.terms, annualRate: '%' } }] },
      'debts[0].terms.annualRate: 不是有效利率',
    ],
    [
      '18 typed for 18 %',
      { ...validCase, debts: [{ ...validDebt, terms: { ...validDebt.terms, annualRate: '18' } }] },
      'debts[0].terms.annualRate: 利率应在',
    ],
    [
      'a claim dated before the contract',
      { ...validCase, debts: [{ ...validDebt, claimed: { date: '2020-01-01', total: '1' } }] },
      'debts[0].claimed.date: 早于合同日期 2025-05-10',
    ],
    ['not JSON', '{"version": 1, "debts": [', '不是有效的 JSON'],
    // The whole file is wrong: the message stands alone under the heading that names the file.
    ['a JSON array', '[]', '有 1 处问题：\n类型错误，应为对象 { }'],
  ];

  it.each(malformed)('rejects %s with exit code 2 and the field path', async (_label, content, expected) => {
    const result = await run(['analyze', caseFile('bad.json', content)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    expect(result.stdout).toBe('');
  });

  /** What `--lang en` says instead, for the same files: every line English, no Chinese character. */
  const inEnglish: Record<string, string> = {
    'wrong types': 'debts[0].principal: wrong type: expected an amount (string or number)',
    'a missing field': 'debts[0].lender: required',
    'an impossible date': 'debts[1].contractDate: not a valid date: use YYYY-MM-DD',
    'a negative amount': 'debts[0].principal: the amount must be greater than 0',
    'a negative payment': 'debts[0].payments[0].amount: the amount must be greater than 0',
    'an unknown field': 'debts[0]: unknown field principle',
    'two rates': 'debts[0].terms.monthlyRate: give exactly one rate; given: annualRate, monthlyRate',
    'a rate typed as percent': 'debts[0].terms.annualRate: the rate must be between 0 and 10',
    'a wrong version': 'version: only version 1 is supported',
    'a bare percent sign as rate': 'debts[0].terms.annualRate: not a valid rate',
    '18 typed for 18 %': 'debts[0].terms.annualRate: the rate must be between 0 and 10',
    'a claim dated before the contract': 'debts[0].claimed.date: before the contract date 2025-05-10',
    'not JSON': 'not valid JSON',
    'a JSON array': '1 problem:\nwrong type: expected an object { }',
  };

  it.each(malformed)('--lang en: %s is told in English only', async (label, content) => {
    const result = await run(['analyze', caseFile('bad.json', content), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(inEnglish[label]);
    expect(result.stderr).not.toMatch(HAN);
    expect(result.stdout).toBe('');
  });

  it('--lang en: usage, option and file errors are English too; Chinese stays the default', async () => {
    const path = caseFile('ok.json', validCase);
    const english = [
      [['analyze', '--lang', 'en'], 'usage: shangan analyze CASE.json'],
      [['analyze', join(dir, 'nope.json'), '--lang', 'en'], 'nope.json: file not found'],
      [['analyze', dir, '--lang=en'], 'not a file'],
      [['analyze', path, '--as-of', '2026-13-01', '--lang', 'en'], '--as-of: not a valid date'],
      [['analyze', path, '--frobnicate', '--lang', 'en'], 'unknown option --frobnicate'],
      [['analyze', path, '--lang', 'en', '--as-of'], 'option --as-of needs a value'],
      [['frobnicate', '--lang', 'en'], 'unknown command frobnicate'],
      [['plan', path, '--monthly=lots', '--lang', 'en'], '--monthly: not a valid amount'],
      [['plan', path, '--strategy', 'yolo', '--lang', 'en'], '--strategy: must be one of'],
      [
        ['offer', path, '--debt', 'd1', '--total', '100', '--down', '200', '--lang', 'en'],
        '--down: the down',
      ],
      [['offer', path, '--debt', 'd9', '--total', '100', '--lang', 'en'], '--debt: no debt has the id d9'],
      [
        ['offer', path, '--debt', 'd1', '--total', '0', '--lang', 'en'],
        '--total: the amount must be greater',
      ],
      [
        ['offer', path, '--debt', 'd1', '--total', '1', '--periods', '0', '--lang', 'en'],
        '--periods: must be',
      ],
      [['letter', path, '--debt', 'd1', '--kind', 'poem', '--lang', 'en'], '--kind: must be one of'],
      [['message', '--debt', 'd1', '--lang', 'en'], '--debt: a debt id needs the case file'],
      [['rate', '--lang', 'en'], '(stdin): no input'],
      [['lpr', 'check', '--as-of', 'x', '--lang', 'en'], '--as-of: not a valid date'],
    ] as const;
    for (const [argv, expected] of english) {
      const result = await run([...argv]);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toContain(expected);
      expect(result.stderr, argv.join(' ')).not.toMatch(HAN);
    }
    expect((await run(['analyze', path, '--lang', 'fr'])).stderr).toContain('--lang: 应为 zh | en 之一');
    expect((await run(['analyze', path, '--frobnicate'])).stderr).toContain('未知选项 --frobnicate');
    expect((await run(['help', '--lang', 'en'])).stdout).not.toMatch(HAN);
  });

  it('rejects 10 MB of garbage with exit code 2: not JSON', async () => {
    const path = join(dir, 'garbage.json');
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 7919) % 251;
    writeFileSync(path, Buffer.concat(Array.from({ length: 10 }, () => chunk)));
    const result = await run(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不是有效的 JSON');
  });

  it('refuses a file above the case-file limit by its size, without reading it', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    // Sparse: the size is read from the file system, so the test writes nothing of it.
    truncateSync(path, MAX_CASE_FILE_BYTES + 1);
    const result = await run(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('文件过大');
  });

  it('names a missing file, a bad --as-of and a bad --lang', async () => {
    expect((await run(['analyze', join(dir, 'nope.json')])).stderr).toContain('找不到文件');
    const path = caseFile('ok.json', validCase);
    expect((await run(['analyze', path, '--as-of', '2026-13-01'])).stderr).toContain('--as-of: 不是有效日期');
    expect((await run(['analyze', path, '--as-of', '2025-01-01'])).stderr).toContain(
      'debts[0].contractDate: 晚于分析日期 2025-01-01',
    );
    expect((await run(['analyze', path, '--lang', 'fr'])).code).toBe(2);
    expect((await run(['analyze', path, '--frobnicate'])).code).toBe(2);
  });
});

/** A worked example: five debts, with a phone and an ID number (no user LPR file in `home`). */
const fiveLoans = fileURLToPath(new URL('../../../examples/five-loans-80k.json', import.meta.url));

describe('shangan plan', () => {
  it('prints the capacity and the comparison of strategies', async () => {
    const result = await run(['plan', fiveLoans]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('还款能力');
    expect(result.stdout).toContain('方案对比');
    expect(result.stderr).toBe('');
  });

  it('--json prints every strategy; --strategy keeps one', async () => {
    const all = await run(['plan', fiveLoans, '--json']);
    expect(all.code).toBe(0);
    const report = JSON.parse(all.stdout);
    expect(report.strategies.map((s: { name: string }) => s.name)).toEqual([
      'pro_rata',
      'avalanche',
      'snowball',
      'settlement_first',
      'custom',
    ]);
    expect(report.capacity).toMatchObject({ monthly: '2575.00', lumpSum: '20000.00' });
    const one = JSON.parse((await run(['plan', fiveLoans, '--json', '--strategy', 'avalanche'])).stdout);
    expect(one.strategies).toHaveLength(1);
    expect(one.strategies[0].name).toBe('avalanche');
    const explicitAll = JSON.parse((await run(['plan', fiveLoans, '--json', '--strategy', 'all'])).stdout);
    expect(explicitAll.strategies).toHaveLength(5);
  });

  it('prints the priority debts first and whole, the irregular costs, and --strategy custom in plan.order', async () => {
    const file = JSON.parse(readFileSync(fiveLoans, 'utf8'));
    file.budget.irregularCosts = [{ name: '孩子学费', amount: '3000', every: 6, category: 'children' }];
    file.budget.priorityDebts = [
      {
        kind: 'rent_arrears',
        name: '房东张先生',
        monthly: '300',
        arrears: '1800',
        note: '已口头约定每月补交',
      },
    ];
    file.plan = { order: ['friend-8k', 'app-10k'] };
    const path = caseFile('priority.json', file);
    const text = await run(['plan', path, '--strategy', 'custom']);
    expect(text.code).toBe(0);
    const out = text.stdout;
    expect(out).toContain(
      '不定期支出按月分摊合计 500.00 元：“孩子学费”（子女教育与抚养）每6个月 3,000.00 元，折合每月 500.00 元。',
    );
    expect(out).toContain('优先债务每月先全额支付，合计 300.00 元：拖欠的房租“房东张先生”300.00 元。');
    expect(out).toContain(
      '  拖欠的房租：房东张先生，每月 300.00 元（欠款合计 1,800.00 元）。已口头约定每月补交',
    );
    // 2,575 − 500 − 300 = 1,775 left for the other debts.
    expect(out).toContain('下面的方案只分配剩下的 1,775.00 元。');
    expect(out.indexOf('■ 优先债务（先付，全额）')).toBeLessThan(out.indexOf('■ 方案对比'));
    expect(out).toContain('■ 方案：按你定的顺序');
    const json = JSON.parse(
      (await run(['plan', path, '--json', '--strategy', 'custom', '--lang', 'en'])).stdout,
    );
    expect(json.capacity).toMatchObject({
      monthly: '1775.00',
      irregularMonthly: '500.00',
      priorityMonthly: '300.00',
    });
    expect(json.priority.debts).toEqual([
      {
        kind: 'rent_arrears',
        kindLabel: 'rent arrears',
        name: '房东张先生',
        monthly: '300.00',
        arrears: '1800.00',
        note: '已口头约定每月补交',
        line: 'rent arrears: 房东张先生, ¥300.00 a month (¥1,800.00 owed in all). 已口头约定每月补交',
      },
    ]);
    expect(json.strategies.map((s: { name: string; label: string }) => [s.name, s.label])).toEqual([
      ['custom', 'your own order (custom)'],
    ]);
    // The lump sum and the first months go to the friend, then the app, before anyone else.
    const firstMonth = json.strategies[0].schedule[0].payments.map((p: { debtId: string }) => p.debtId);
    expect(firstMonth).toEqual(['friend-8k', 'app-10k']);
  });

  it('refuses a custom order naming a debt the file does not have, with the field path', async () => {
    const file = JSON.parse(readFileSync(fiveLoans, 'utf8'));
    file.plan = { order: ['bank-10k', 'bank-10k', 'nobody'] };
    const result = await run(['plan', caseFile('bad-order.json', file), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan.order[1]: duplicate id bank-10k');
    expect(result.stderr).toContain(
      'plan.order[2]: no debt has the id nobody; there are: bank-10k, xiaojin-12k, xiaodai-10k, friend-8k, app-10k',
    );
  });

  it('--monthly and --lump-sum replace the budget figures, as the API does', async () => {
    const budget = JSON.parse((await run(['plan', fiveLoans, '--json'])).stdout);
    const result = await run(['plan', fiveLoans, '--json', '--monthly', '5000', '--lump-sum', '0']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.capacity).toMatchObject({ monthly: '5000.00', lumpSum: '0.00' });
    expect(report.strategies[0].months).not.toBe(budget.strategies[0].months);
    const core = planCaseFile({
      caseFile: caseFileOf(readFileSync(fiveLoans, 'utf8')),
      lpr: createLprTable(),
      options: { capacityOverride: { monthly: yuan('5000'), lumpSum: yuan('0') } },
    });
    if (!core.ok) throw new Error('the example does not plan');
    const { plan, analysis, caseFile } = core.value;
    expect(report).toEqual(JSON.parse(JSON.stringify(planReportJson(plan, analysis, caseFile, 'zh'))));
    const lumpOnly = JSON.parse((await run(['plan', fiveLoans, '--json', '--lump-sum', '1.2万'])).stdout);
    expect(lumpOnly.capacity).toMatchObject({ monthly: '2575.00', lumpSum: '12000.00' });
  });

  it.each([
    ['--monthly', 'lots', '不是有效金额'],
    ['--monthly', '-100', '不能为负数'],
    ['--lump-sum', '10.001', '两位小数'],
  ])('a bad %s %s: exit 2 naming the option', async (option, value, message) => {
    // `--option=-100`: parseArgs reads a separate "-100" as a missing value, not as an amount.
    const result = await run(['plan', fiveLoans, `${option}=${value}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${option}: `);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('a bad --strategy: exit 2 naming the option', async () => {
    const result = await run(['plan', fiveLoans, '--strategy', 'yolo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--strategy');
    expect(result.stdout).toBe('');
  });
});

describe('shangan letter', () => {
  const letter = (...args: string[]) => run(['letter', fiveLoans, '--debt', 'bank-10k', ...args]);

  it('Markdown by default', async () => {
    const result = await letter('--kind', 'negotiation');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# 协商还款申请书\n')).toBe(true);
    expect(result.stdout).toContain('某商业银行（手机银行信用贷）');
  });

  it('--format html prints a whole page', async () => {
    const result = await letter('--kind', 'negotiation', '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(result.stdout).toContain('<h1>协商还款申请书</h1>');
  });

  it('--format docx -o FILE writes a Word file', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'shangan-docx-')), 'letter.docx');
    const result = await letter('--kind', 'hardship', '--format', 'docx', '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(output);
    const bytes = readFileSync(output);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('an unknown --debt: exit 2 listing the ids there are', async () => {
    const result = await run(['letter', fiveLoans, '--debt', 'nope', '--kind', 'script']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope');
    expect(result.stderr).toContain('bank-10k, xiaojin-12k, xiaodai-10k, friend-8k, app-10k');
    expect(result.stdout).toBe('');
  });

  it('a missing --kind: exit 2 with the usage; a bad one names the option', async () => {
    const missing = await run(['letter', fiveLoans, '--debt', 'bank-10k']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('用法：shangan letter CASE.json --debt ID --kind');
    const bad = await letter('--kind', 'poem');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind');
    const badFormat = await letter('--kind', 'script', '--format', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format');
  });

  it('prints the phone and ID numbers in full: the lender checks the identity by them', async () => {
    const full = await letter('--kind', 'negotiation');
    expect(full.code).toBe(0);
    expect(full.stdout).toContain('13812345678');
    expect(full.stdout).toContain('110101199001011234');
  });

  it('--mask hides them, for a copy to share', async () => {
    const masked = await letter('--kind', 'negotiation', '--mask');
    expect(masked.code).toBe(0);
    expect(masked.stdout).not.toContain('13812345678');
    expect(masked.stdout).not.toContain('110101199001011234');
    // Markdown escapes the asterisks: 138\*\*\*\*5678 reads 138****5678.
    const plain = masked.stdout.replaceAll('\\*', '*');
    expect(plain).toContain('138****5678');
    expect(plain).toContain('110101********1234');
    const html = await letter('--kind', 'negotiation', '--format', 'html', '--mask');
    expect(html.stdout).toContain('138****5678');
    expect(html.stdout).not.toContain('13812345678');
    const gone = await letter('--kind', 'negotiation', '--reveal');
    expect(gone.code).toBe(2);
  });

  it('a kind that does not fit the debt: exit 2 naming the kinds that do', async () => {
    const result = await letter('--kind', 'limitation_defence');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('limitation_defence');
    expect(result.stderr).toContain('script, negotiation, hardship, agreement');
    expect(result.stdout).toBe('');
    const police = await letter('--kind', 'police_report');
    expect(police.code).toBe(2);
  });

  it('an unlicensed lender gets the police report, not a negotiation letter', async () => {
    const unlicensed = caseFile('unlicensed.json', {
      version: 1,
      asOf: '2026-11-20',
      person: { name: '张三', idNumber: '110101199001011234', phone: '13812345678' },
      debts: [
        {
          id: 'gaopao',
          lender: '某714借款APP',
          lenderType: 'unlicensed',
          contractDate: '2026-11-01',
          principal: '2000',
          received: '1400',
          schedule: [{ date: '2026-11-08', amount: '2000' }],
          claimed: { date: '2026-11-20', total: '2600' },
        },
      ],
    });
    const refused = await run(['letter', unlicensed, '--debt', 'gaopao', '--kind', 'negotiation']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('police_report, complaint');
    const report = await run(['letter', unlicensed, '--debt', 'gaopao', '--kind', 'police_report']);
    expect(report.code).toBe(0);
    expect(report.stdout.startsWith('# 报案材料\n')).toBe(true);
    expect(report.stdout).toContain('110101199001011234');
    expect(report.stdout).toContain('1,400.00 元');
  });
});

describe('shangan rate', () => {
  it('PBOC example: 12.80 % simple, 13.58 % compound', async () => {
    const cashflows = [99_000, ...Array<number>(12).fill(-8833.3)];
    const result = await run(['rate'], JSON.stringify({ cashflows, periodsPerYear: 12 }));
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.aprSimple.toFixed(4)).toBe('0.1280');
    expect(output.aprCompound.toFixed(4)).toBe('0.1358');
    expect(output.signChanges).toBe(1);
  });

  it('XIRR from dated flows (LibreOffice vector)', async () => {
    const flows = [
      { date: '2004-01-01', amount: -100 },
      { date: '2005-01-01', amount: 10 },
      { date: '2006-01-01', amount: 10 },
      { date: '2007-01-01', amount: 110 },
    ];
    const output = JSON.parse((await run(['rate'], JSON.stringify({ flows }))).stdout);
    expect(Math.abs(output.xirr - 0.0998951090083094)).toBeLessThan(1e-9);
  });

  it('bad input: exit 2 with the path', async () => {
    const result = await run(
      ['rate'],
      JSON.stringify({
        flows: [
          { date: '2024-02-30', amount: 1 },
          { date: '2024-03-01', amount: -1 },
        ],
      }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('flows[0].date');
    expect((await run(['rate'], '')).stderr).toContain('没有输入');
    expect((await run(['rate'], JSON.stringify({ cashflows: [1, 2], periodsPerYear: 12 }))).stderr).toContain(
      'cashflows: 现金流没有正负变化',
    );
  });
});

describe('shangan schedule', () => {
  it('等额本息 100,000 at 0.5 % a month: 8,606.64 a month', async () => {
    const input = {
      method: 'equal_installment',
      principal: '100000',
      periods: 12,
      monthlyRate: '0.005',
      startDate: '2024-01-31',
    };
    const result = await run(['schedule'], JSON.stringify(input));
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.payment).toBe('8606.64');
    expect(output.rows).toHaveLength(12);
    expect(output.rows[0]).toEqual({
      period: 1,
      date: '2024-02-29',
      payment: '8606.64',
      principal: '8106.64',
      interest: '500.00',
      fee: '0.00',
      balance: '91893.36',
    });
    expect(output.rows[11].balance).toBe('0.00');
    expect(output.totals.principal).toBe('100000.00');
  });

  it('bad input: exit 2 naming each field', async () => {
    const result = await run(['schedule'], JSON.stringify({ method: 'weird', principal: 'abc', periods: 0 }));
    expect(result.code).toBe(2);
    for (const path of ['method:', 'principal:', 'periods:']) expect(result.stderr).toContain(path);
  });
});

describe('shangan lpr', () => {
  it('add stores the quotation in the user file; list and check use it', async () => {
    const env = { SHANGAN_HOME: mkdtempSync(join(tmpdir(), 'shangan-lpr-')) };
    const before = JSON.parse(
      (await run(['lpr', 'check', '--as-of', '2026-11-20', '--json'], '', env)).stdout,
    );
    expect(before).toMatchObject({ latestDate: '2026-01-20', stale: true });
    const added = await run(['lpr', 'add', '2026-11-20', '2.90', '3.40', '--source', 'CFETS'], '', env);
    expect(added.code).toBe(0);
    const stored = JSON.parse(readFileSync(join(env.SHANGAN_HOME, 'lpr.json'), 'utf8'));
    expect(stored.quotations).toEqual([
      { date: '2026-11-20', lpr1y: '2.90', lpr5y: '3.40', source: 'CFETS', addedOn: '2026-11-21' },
    ]);
    const after = JSON.parse(
      (await run(['lpr', 'check', '--as-of', '2026-11-20', '--json'], '', env)).stdout,
    );
    expect(after).toMatchObject({ latestDate: '2026-11-20', stale: false });
    expect((await run(['lpr', 'list'], '', env)).stdout).toContain('2026-11-20    2.90%');
  });

  it('add rejects bad values by name', async () => {
    const result = await run(['lpr', 'add', '2026-02-30', 'abc', '3.5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATE:');
    expect(result.stderr).toContain('1Y:');
  });

  it('add refuses a quotation not published yet, or from before the LPR reform', async () => {
    const env = { SHANGAN_HOME: mkdtempSync(join(tmpdir(), 'shangan-lpr-')) };
    const ahead = await run(['lpr', 'add', '2026-11-22', '2.90', '3.40', '--lang', 'en'], '', env);
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toContain('DATE: after today (2026-11-21): not published yet');
    const before = await run(['lpr', 'add', '2019-08-19', '4.25', '4.85', '--lang', 'en'], '', env);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('DATE: before 2019-08-20');
  });
});

describe('shangan', () => {
  it('help and unknown commands', async () => {
    expect((await run(['help'])).stdout).toContain('shangan analyze');
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知命令');
  });
});

describe('shangan offer', () => {
  const path = caseFile('offer.json', {
    ...validCase,
    budget: { incomes: [{ name: '工资', monthly: '9000' }], expenses: { housing: '1500' } },
  });

  it('weighs an offer: verdict, reasons and a counter with its script, as JSON', async () => {
    const result = await run([
      'offer',
      path,
      '--debt',
      'd1',
      '--total',
      '50000',
      '--periods',
      '24',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.verdict).toBe('counter');
    expect(Number(report.counter.total)).toBeLessThan(50_000);
    expect(report.counter.script.length).toBeGreaterThan(0);
  });

  it('names the debts when --debt is unknown, and a bad total by its option, exit 2', async () => {
    const unknown = await run(['offer', path, '--debt', 'nope', '--total', '1000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('d1');
    const bad = await run(['offer', path, '--debt', 'd1', '--total', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--total');
  });
});

describe('shangan progress', () => {
  const path = caseFile('progress.json', {
    ...validCase,
    budget: { incomes: [{ name: '工资', monthly: '9000' }], expenses: { housing: '1500' } },
    debts: [
      {
        ...validDebt,
        agreement: {
          signedOn: '2026-08-01',
          total: '3000',
          instalments: [
            { dueOn: '2026-09-01', amount: '1000' },
            { dueOn: '2026-10-01', amount: '1000' },
            { dueOn: '2026-11-01', amount: '1000' },
          ],
        },
        payments: [{ date: '2026-09-01', amount: '1000' }],
      },
    ],
  });

  it('reads the agreement against the payments: behind, what is next, the warning', async () => {
    const text = await run(['progress', path]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('协议有一期没按时还');
    expect(text.stdout).toContain('下一笔：2026-10-01，1,000.00 元');
    const json = JSON.parse((await run(['progress', path, '--json', '--lang', 'en'])).stdout);
    expect(json.debts[0]).toMatchObject({ state: 'behind', remaining: '2000.00' });
    expect(json.debts[0].agreement.instalments.map((i: { state: string }) => i.state)).toEqual([
      'paid',
      'missed',
      'missed',
    ]);
  });

  it('a bad --strategy exits 2 and lists the strategies', async () => {
    const bad = await run(['progress', path, '--strategy', 'fastest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pro_rata');
  });
});
