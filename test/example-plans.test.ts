// Golden tests for the plans and documents of the worked examples in examples/*.json.
//
// Each example is planned in-process exactly as `shangan plan FILE --json` does and compared with
// examples/expected/<name>.plan.json; every document of every debt is rendered exactly as
// `shangan letter FILE --debt ID --kind KIND` prints it (Markdown, default strategy, full numbers,
// only the kinds that fit the debt) and compared with examples/expected/letters/<name>/<debtId>-<kind>.md.
// After a DELIBERATE change to the plan or the templates, regenerate with
//   npm run build && node scripts/update-example-reports.mjs            (or --letters for the letters only)
// and review `git diff examples/expected` before committing.
//
// The goldens only prove that nothing changed. The rest of this file checks what must hold for any
// example: the plan JSON has the documented shape, and every document (Markdown and HTML) names the
// person, the lender and the contract date, shows a figure of its debt, leaves no unfilled template variable or
// empty citation behind, carries none of our source-review notes, and identifies the person in full
// unless masked for sharing (issue 10, acceptance 4).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type CaseAnalysis,
  type CaseFile,
  type CasePlan,
  CITATIONS,
  type CitationId,
  createLprTable,
  type DocumentContext,
  type DocumentKind,
  documentKindsFor,
  type Fen,
  formatDocumentCitation,
  formatMoney,
  parseCaseFileText,
  planCaseFile,
  planReportJson,
  renderDocument,
  renderDocumentMarkdown,
  STRATEGIES,
} from '@shangan/core';
import { describe, expect, it } from 'vitest';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const expectedDir = fileURLToPath(new URL('../examples/expected/', import.meta.url));
const exampleFiles = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
const baseName = (file: string) => file.replace(/\.json$/, '');

interface Planned {
  caseFile: CaseFile;
  analysis: CaseAnalysis;
  plan: CasePlan;
}

const planned = new Map<string, Planned>();
/** Analysed and planned as `shangan plan` does with no user LPR file (built-in table only). */
function planExample(file: string): Planned {
  const cached = planned.get(file);
  if (cached) return cached;
  const text = readFileSync(`${examplesDir}${file}`, 'utf8');
  const result = planCaseFile({ caseFile: caseFileOf(text), lpr: createLprTable() });
  if (!result.ok) throw new Error(`${file} is not a valid case file: ${JSON.stringify(result.issues)}`);
  planned.set(file, result.value);
  return result.value;
}

/** What the CLI prints for a text: the text, with a final newline if it has none. */
const printed = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** Every (debt, kind that fits it) of an example, with the context `shangan letter` would use. */
function documentsOf(
  file: string,
  mask = false,
): { debtId: string; kind: DocumentKind; context: DocumentContext }[] {
  const { caseFile, analysis, plan } = planExample(file);
  return caseFile.debts.flatMap((debt, index) => {
    const debtAnalysis = analysis.debts[index];
    if (!debtAnalysis) throw new Error(`no analysis of ${debt.id}`);
    return documentKindsFor(debtAnalysis).map((kind) => ({
      debtId: debt.id,
      kind,
      context: { caseFile, analysis, plan, debtId: debt.id, ...(mask ? { mask: true } : {}) },
    }));
  });
}

/** Markdown escapes `*`; the masked numbers read the same once the escapes are dropped. */
const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

describe('examples: plans and documents match their goldens', () => {
  it.each(exampleFiles)('%s: the plan matches its golden', (file) => {
    const { caseFile, analysis, plan } = planExample(file);
    const actual: unknown = JSON.parse(JSON.stringify(planReportJson(plan, analysis, caseFile, 'zh')));
    const expected: unknown = JSON.parse(readFileSync(`${expectedDir}${baseName(file)}.plan.json`, 'utf8'));
    expect(actual).toEqual(expected);
  });

  it.each(exampleFiles)('%s: every document of every debt matches its golden', (file) => {
    const lettersDir = `${expectedDir}letters/${baseName(file)}/`;
    const documents = documentsOf(file);
    // No golden is missing and none is left over from a removed debt or kind.
    expect(readdirSync(lettersDir).sort()).toEqual(
      documents.map(({ debtId, kind }) => `${debtId}-${kind}.md`).sort(),
    );
    for (const { debtId, kind, context } of documents) {
      const expected = readFileSync(`${lettersDir}${debtId}-${kind}.md`, 'utf8');
      expect(printed(renderDocumentMarkdown(context, kind)), `${debtId}-${kind}`).toBe(expected);
    }
  });
});

const MONEY = /^\d+\.\d{2}$/;
const money = expect.stringMatching(MONEY);

describe('plan JSON has the documented shape', () => {
  it.each(exampleFiles)('%s', (file) => {
    const { caseFile, analysis, plan } = planExample(file);
    const report = JSON.parse(JSON.stringify(planReportJson(plan, analysis, caseFile, 'zh')));
    const debtIds = caseFile.debts.map((debt) => debt.id);
    expect(report).toMatchObject({
      capacity: { monthly: money, lumpSum: money, statement: expect.any(String) },
      triage: expect.any(Array),
      strategies: expect.any(Array),
      alternatives: expect.any(Array),
    });
    expect(report.capacity.statement.length).toBeGreaterThan(0);
    expect(report.strategies.map((s: { name: string }) => s.name)).toEqual([...STRATEGIES]);
    for (const strategy of report.strategies) {
      expect(strategy).toMatchObject({
        name: expect.any(String),
        feasible: expect.any(Boolean),
        months: expect.any(Number),
        totalPaid: money,
        schedule: expect.any(Array),
        proposals: expect.any(Array),
      });
      for (const month of strategy.schedule) {
        expect(month).toMatchObject({ month: expect.any(Number), payments: expect.any(Array) });
        for (const payment of month.payments) {
          expect(payment).toEqual({ debtId: expect.any(String), amount: money });
          expect(debtIds).toContain(payment.debtId);
        }
      }
      for (const proposal of strategy.proposals) {
        expect(proposal).toMatchObject({
          debtId: expect.any(String),
          type: expect.any(String),
          opening: money,
          target: money,
          ceiling: money,
          periods: expect.any(Number),
          monthly: money,
          rationale: { opening: expect.any(String), target: expect.any(String), ceiling: expect.any(String) },
        });
        expect(debtIds).toContain(proposal.debtId);
      }
      if (strategy.feasible) {
        expect(strategy.months).toBe(strategy.schedule.length);
        expect(strategy.proposals.map((p: { debtId: string }) => p.debtId)).toEqual(debtIds);
        // The schedule pays exactly the total.
        const scheduled = strategy.schedule
          .flatMap((month: { payments: { amount: string }[] }) => month.payments)
          .reduce(
            (sum: number, payment: { amount: string }) => sum + Math.round(Number(payment.amount) * 100),
            0,
          );
        expect(scheduled).toBe(Math.round(Number(strategy.totalPaid) * 100));
      }
    }
    for (const alternative of report.alternatives) {
      expect(alternative).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    // Every money field, wherever it is, is a decimal string with two decimals.
    const moneyKeys = new Set([
      'monthly',
      'lumpSum',
      'monthlyIncome',
      'essentialExpenses',
      'safetyMargin',
      'shortfall',
      'totalPaid',
      'amount',
      'opening',
      'target',
      'ceiling',
      'needed',
      'available',
    ]);
    const visit = (value: unknown, key: string) => {
      if (key === 'rationale') return; // sentences, not figures
      if (Array.isArray(value)) {
        for (const item of value) visit(item, key);
      } else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) visit(v, k);
      // (A feasible strategy's shortfall is null.)
      else if (moneyKeys.has(key) && !(key === 'shortfall' && value === null))
        expect(value, key).toMatch(MONEY);
    };
    visit(report, '');
  });

  it('five-loans-80k: every strategy clears the debts, with no alternatives needed', () => {
    const { caseFile, analysis, plan } = planExample('five-loans-80k.json');
    const report = planReportJson(plan, analysis, caseFile, 'zh');
    expect(report.strategies.every((strategy) => strategy.feasible)).toBe(true);
    expect(report.alternatives).toEqual([]);
  });

  it('overextended-three-loans: no strategy is feasible; the real alternatives are listed', () => {
    const { caseFile, analysis, plan } = planExample('overextended-three-loans.json');
    const report = planReportJson(plan, analysis, caseFile, 'zh');
    // 4,000 in, 3,600 out, 200 kept back (the default 5 % margin): 200 a month, 12,000 in the 60 months
    // a plan may run, against 121,222.92 likely supported (34,198.88 + 55,738.60 + 31,285.44; penalty
    // interest only on the overdue principal, legal.md §14 K5). Still far from feasible, so the budget
    // needed no change when the figure fell from 122,888.86.
    expect(report.capacity).toMatchObject({ monthly: '200.00', lumpSum: '0.00' });
    expect(report.strategies).toHaveLength(STRATEGIES.length);
    for (const strategy of report.strategies) {
      expect(strategy).toMatchObject({
        feasible: false,
        months: 0,
        schedule: [],
        proposals: [],
        shortfall: { needed: '121222.92', available: '12000.00' },
      });
    }
    const codes = report.alternatives.map((alternative) => alternative.code);
    expect(codes).toEqual(
      expect.arrayContaining(['hardship_request', 'extension_request', 'legal_aid', 'shenzhen_bankruptcy']),
    );
    // No feasible strategy to point to instead.
    expect(codes).not.toContain('other_strategy');
    expect(report.alternatives.find((a) => a.code === 'legal_aid')?.message).toContain('12348');
    expect(report.alternatives.find((a) => a.code === 'shenzhen_bankruptcy')?.message).toContain('深圳');
    const shenzhen = plan.alternatives.find((alternative) => alternative.code === 'shenzhen_bankruptcy');
    expect(shenzhen?.params).toEqual({ livesInShenzhen: true });
  });
});

/** `2025-03-12` → `2025年3月12日`, written out here rather than taken from the code under test. */
function chineseDate(day: string): string {
  const [year, month, dayOfMonth] = day.split('-');
  return `${year}年${Number(month)}月${Number(dayOfMonth)}日`;
}

/** Every citation the product may show (the table holds C and S only), as the documents print it. */
const FORMATTED_CITATIONS = Object.keys(CITATIONS).map((id) => formatDocumentCitation(id as CitationId));
/** Our own notes on how sure we are of a source: for the report and the screens, never for a document. */
const REVIEW_NOTES = ['待核对', '二手资料', '核对原文', '条号未核对'];

/** The start of every outermost 《…》 in a text, with the index just after its closing 》. */
function titleSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === '》' && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: i + 1 });
    }
  }
  expect(depth, 'unbalanced 《》').toBe(0);
  return spans;
}

/**
 * What must hold for any document of any example: nothing unfilled or broken, no review note, and
 * every citation complete — 《law》, an article, then its version (no confidence label).
 */
function expectWellFormed(text: string, label: string): void {
  for (const bad of ['undefined', 'NaN', '{{', '}}', '[object', 'Infinity', ...REVIEW_NOTES]) {
    expect(text.includes(bad), `${label}: contains ${bad}`).toBe(false);
  }
  // An article-less citation: 《…》第（…  or  《…》（…
  expect(text, label).not.toMatch(/》第\s*（/);
  expect(text, label).not.toMatch(/》（/);
  // A basis with nothing after it.
  expect(text, label).not.toMatch(/依据：[ \t\u3000]*(\r?\n|$|<)/);
  expect(text, label).not.toMatch(/（\s*）/);
  for (const { start, end } of titleSpans(text)) {
    const citation = text.slice(start, start + 400);
    // An article (第…条, 全文, 相关条款, 〔2021〕第3号 …) right after the title.
    expect(text.slice(end, end + 300), `${label}: ${citation.slice(0, 60)}`).toMatch(/^[^（\s<；]/);
    expect(
      FORMATTED_CITATIONS.some((formatted) => citation.startsWith(formatted)),
      `${label}: not a known citation: ${citation.slice(0, 80)}`,
    ).toBe(true);
  }
}

/**
 * The credit-report objection is about a record in the credit report, which the case file does not
 * hold: its template shows no amount of the debt at all (every amount is left to fill in by hand).
 */
const KINDS_WITHOUT_DEBT_FIGURES: readonly DocumentKind[] = ['credit_objection'];

describe('every document of every example', () => {
  it('the formatted citations themselves are complete, with no confidence label', () => {
    for (const formatted of FORMATTED_CITATIONS) {
      expect(formatted).toMatch(/^《.+》[^（\s].*$/);
      expect(formatted).not.toMatch(/已核对|二手|未核对|据报道|；）/);
    }
  });

  it.each(exampleFiles)(
    '%s: names the person, lender and date, shows a figure, leaves nothing unfilled',
    async (file) => {
      const { caseFile, analysis } = planExample(file);
      for (const { debtId, kind, context } of documentsOf(file)) {
        const index = caseFile.debts.findIndex((debt) => debt.id === debtId);
        const debt = caseFile.debts[index];
        const legal = analysis.debts[index]?.legal;
        if (!debt || !legal) throw new Error(`no debt ${debtId}`);
        const figures = [legal.supported, legal.claimed, legal.principalBasis, legal.principalOutstanding]
          .filter((amount): amount is Fen => amount !== null)
          .map((amount) => formatMoney(amount, 'zh'));
        const markdown = renderDocumentMarkdown(context, kind);
        const html = (await renderDocument(context, kind, 'html')).body as string;
        for (const [format, text] of [
          ['md', markdown],
          ['html', html],
        ] as const) {
          const label = `${file} ${debtId}-${kind}.${format}`;
          if (caseFile.person?.name) expect(text, label).toContain(caseFile.person.name);
          expect(text, label).toContain(debt.lender);
          expect(text, label).toContain(chineseDate(debt.contractDate));
          if (!KINDS_WITHOUT_DEBT_FIGURES.includes(kind)) {
            expect(
              figures.some((figure) => text.includes(figure)),
              `${label}: none of ${figures.join(', ')}`,
            ).toBe(true);
          }
          expectWellFormed(text, label);
        }
      }
    },
  );

  it('the letters that state the likely supported amount show it in the 19,988.38 元 form', () => {
    const { caseFile, analysis, plan } = planExample('microloan-34-7-percent.json');
    const supported = formatMoney(analysis.debts[0]?.legal.supported ?? (0 as Fen), 'zh');
    // Unchanged by the overdue-principal rule (legal.md §14 K5): 34.70 % and the overdue rate are both
    // above 24 %, so every fen of principal bears the 24 % cap whether it is overdue or not.
    expect(supported).toBe('19,988.38 元');
    for (const kind of ['negotiation', 'hardship', 'complaint', 'script'] as const) {
      const markdown = renderDocumentMarkdown({ caseFile, analysis, plan, debtId: 'xiaodai-30k' }, kind);
      expect(markdown, kind).toContain(supported);
    }
  });
});

describe('offers in the letters', () => {
  it.each(exampleFiles)(
    '%s: no letter asks the person to pay more than a court would likely support',
    (file) => {
      const { analysis, plan } = planExample(file);
      for (const strategy of plan.strategies) {
        for (const proposal of strategy.proposals) {
          const supported = analysis.debts.find((debt) => debt.id === proposal.debtId)?.legal.supported;
          expect(proposal.target, `${strategy.name} ${proposal.debtId}`).toBeLessThanOrEqual(supported ?? 0);
          expect(proposal.ceiling, `${strategy.name} ${proposal.debtId}`).toBeLessThanOrEqual(supported ?? 0);
        }
      }
    },
  );
});

describe('phone and ID numbers in documents', () => {
  it('every example has them (issue 10: letters identify the person in full)', () => {
    for (const file of exampleFiles) {
      const person = planExample(file).caseFile.person;
      expect(person?.idNumber, file).toBeDefined();
      expect(person?.phone, file).toBeDefined();
      expect(person?.address, file).toBeDefined();
    }
  });

  it.each(exampleFiles)('%s: in full in every letter; masked in the copy to share', async (file) => {
    const { caseFile } = planExample(file);
    const person = caseFile.person ?? {};
    const idNumber = person.idNumber ?? '';
    const phone = person.phone ?? '';
    const maskedId = `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
    const maskedPhone = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const full = documentsOf(file);
    const masked = documentsOf(file, true);
    for (const [position, { debtId, kind, context }] of full.entries()) {
      const shared = masked[position];
      if (!shared) throw new Error('documents differ');
      for (const format of ['md', 'html'] as const) {
        const label = `${file} ${debtId}-${kind}.${format}`;
        const letter = (await renderDocument(context, kind, format)).body as string;
        const copy = unescapeMarkdown((await renderDocument(shared.context, kind, format)).body as string);
        // The call script is the person's own notes; every other document goes to its recipient.
        if (kind !== 'script') {
          expect(letter, label).toContain(idNumber);
          expect(letter, label).toContain(phone);
          if (person.address) expect(letter, label).toContain(person.address);
          expect(copy, label).toContain(maskedId);
        }
        expect(copy, label).not.toContain(idNumber);
        expect(copy, label).not.toContain(phone);
        if (copy.includes(maskedPhone)) expect(letter, label).toContain(phone);
      }
    }
  });

  it('the contract number, the card and the account reach the letters', () => {
    const card = renderDocumentMarkdown(
      { ...planExample('credit-card-instalments.json'), debtId: 'card-72k' },
      'negotiation',
    );
    expect(card).toContain('FQ2025090500172');
    expect(card).toContain('| 卡号后四位 | 6621 |');
    const bank = renderDocumentMarkdown(
      { ...planExample('five-loans-80k.json'), debtId: 'bank-10k' },
      'hardship',
    );
    expect(bank).toContain('JK2024031500821');
    expect(bank).toContain('借款放款至尾号0937的银行卡');
  });
});
