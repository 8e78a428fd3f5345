import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import { affordabilityStatement, expenseQuestions } from '../i18n/affordability-statement.js';
import { renderAlternative } from '../i18n/alternative-messages.js';
import { formatCitation } from '../i18n/citation-text.js';
import { renderFigureReason } from '../i18n/figure-reasons.js';
import { formatMoney, type Lang } from '../i18n/format.js';
import { describeInstalments, instalmentShape } from '../i18n/instalment-description.js';
import { PROPOSAL_TYPE_LABELS, STRATEGY_LABELS } from '../i18n/plan-labels.js';
import { PRIORITY_HEADING, priorityDebtLine, priorityNotes } from '../i18n/priority-debt-text.js';
import { renderTriage } from '../i18n/triage-messages.js';
import { fen } from '../money/fen.js';
import type { CasePlan } from '../plan/plan-case.js';
import type { StrategyPlan } from '../plan/plan-types.js';
import { lenderNames, PLAN_ASSUMPTION } from './plan-report-json.js';

const TEXT = {
  zh: {
    title: '上岸 · 还款方案',
    capacity: '还款能力',
    questions: '请核对',
    triage: '本周最要紧的事',
    basis: { law: '依据法律规定', experience: '来自经验', fact: '依据你填写的信息' },
    colon: '：',
    bar: '｜',
    semicolon: '；',
    paren: (text: string) => `（${text}）`,
    cite: '依据',
    compare: '方案对比',
    header: '方案｜能否在60个月内还清｜总还款｜还清月数｜最先还清',
    yes: '能',
    no: '不能',
    months: (n: number) => `${n} 个月`,
    firstCleared: (lender: string, month: number) => `${lender}（第${month}个月）`,
    none: '—',
    strategy: '方案',
    infeasible: (needed: string, available: string) =>
      `这个方案无法在60个月内还清：需要 ${needed}，60个月的还款能力加一次性资金只有 ${available}。本工具不会给出一个做不到的方案。`,
    offer: (type: string, payments: string) => `${type}：${payments}`,
    figures: (opening: string, target: string, ceiling: string) =>
      `开价 ${opening} ｜ 目标 ${target} ｜ 底线 ${ceiling}`,
    schedule: '每月还款',
    alternatives: '可以考虑的其他办法',
  },
  en: {
    title: "Shang'an · repayment plan",
    capacity: 'What you can pay',
    questions: 'Please check',
    triage: 'Most urgent this week',
    basis: { law: 'based on law', experience: 'from experience', fact: 'from your data' },
    colon: ': ',
    bar: ' | ',
    semicolon: '; ',
    paren: (text: string) => `(${text})`,
    cite: 'Basis',
    compare: 'Strategies side by side',
    header: 'strategy | clears within 60 months | total paid | months | first cleared',
    yes: 'yes',
    no: 'no',
    months: (n: number) => `${n} months`,
    firstCleared: (lender: string, month: number) => `${lender} (month ${month})`,
    none: '—',
    strategy: 'Strategy',
    infeasible: (needed: string, available: string) =>
      `This strategy cannot clear the debts within 60 months: it needs ${needed}; 60 months of capacity plus the lump sum give ${available}. No plan is shown rather than one that cannot work.`,
    offer: (type: string, payments: string) => `${type}: ${payments}`,
    figures: (opening: string, target: string, ceiling: string) =>
      `opening ${opening} | target ${target} | ceiling ${ceiling}`,
    schedule: 'Monthly payments',
    alternatives: 'Other options',
  },
};

/** The plan as a readable report (Chinese by default). */
export function planReportText(
  plan: CasePlan,
  analysis: CaseAnalysis,
  caseFile: CaseFile,
  lang: Lang,
): string {
  const t = TEXT[lang];
  const lenders = lenderNames(analysis);
  const lenderOf = (id: string) => lenders.get(id) ?? id;
  const m = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, lang);
  const lines: string[] = [t.title, ''];
  lines.push(`■ ${t.capacity}`);
  for (const line of affordabilityStatement(plan.capacity, caseFile.budget?.expenses ?? null, lang)) {
    lines.push(`  ${line}`);
  }
  const questions = expenseQuestions(plan.capacity, lang);
  if (questions.length > 0) {
    lines.push(`  ${t.questions}${t.colon}`);
    for (const question of questions) lines.push(`  · ${question}`);
  }
  // Before everything else the plan does: these are paid first, in full, whatever the strategy.
  if (plan.capacity.priorityDebts.length > 0) {
    lines.push('', `■ ${PRIORITY_HEADING[lang]}`);
    for (const debt of plan.capacity.priorityDebts) lines.push(`  ${priorityDebtLine(debt, lang)}`);
    for (const note of priorityNotes(plan.capacity, lang)) {
      lines.push(`  · ${note.text}${note.basis === 'fact' ? '' : t.paren(t.basis[note.basis])}`);
      for (const id of note.citations) lines.push(`      ${t.cite}${t.colon}${formatCitation(id, lang)}`);
    }
  }
  if (plan.triage.length > 0) {
    lines.push('', `■ ${t.triage}`);
    for (const item of plan.triage) {
      const lender = item.debtId === null ? '' : lenderOf(item.debtId);
      lines.push(`  ${item.date}  ${renderTriage(item, lang, lender)}`);
      lines.push(`      ${t.paren(t.basis[item.basis])}`);
      for (const id of item.citations) lines.push(`      ${t.cite}${t.colon}${formatCitation(id, lang)}`);
    }
  }
  lines.push('', `■ ${t.compare}`, `  ${t.header}`);
  for (const strategy of plan.strategies) {
    const first = strategy.firstCleared;
    lines.push(
      `  ${STRATEGY_LABELS[lang][strategy.name]}${t.bar}${strategy.feasible ? t.yes : t.no}${t.bar}${
        strategy.feasible ? m(strategy.totalPaid) : t.none
      }${t.bar}${strategy.feasible ? t.months(strategy.months) : t.none}${t.bar}${
        first ? t.firstCleared(lenderOf(first.debtId), first.month) : t.none
      }`,
    );
  }
  for (const strategy of plan.strategies) lines.push('', ...strategyLines(strategy, lang, lenderOf));
  if (plan.alternatives.length > 0) {
    lines.push('', `■ ${t.alternatives}`);
    for (const alternative of plan.alternatives) {
      lines.push(`  · ${renderAlternative(alternative, lang)}`);
      for (const id of alternative.citations)
        lines.push(`      ${t.cite}${t.colon}${formatCitation(id, lang)}`);
    }
  }
  lines.push('', PLAN_ASSUMPTION[lang]);
  return `${lines.join('\n')}\n`;
}

function strategyLines(strategy: StrategyPlan, lang: Lang, lenderOf: (id: string) => string): string[] {
  const t = TEXT[lang];
  const m = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, lang);
  const lines = [`■ ${t.strategy}${t.colon}${STRATEGY_LABELS[lang][strategy.name]}`];
  if (!strategy.feasible) {
    const gap = strategy.shortfall;
    if (gap) lines.push(`  ${t.infeasible(m(gap.needed), m(gap.available))}`);
    return lines;
  }
  for (const proposal of strategy.proposals) {
    lines.push(
      `  ${lenderOf(proposal.debtId)} — ${t.offer(PROPOSAL_TYPE_LABELS[lang][proposal.type], describeInstalments(instalmentShape(strategy, proposal), lang))}`,
      `    ${t.figures(m(proposal.opening), m(proposal.target), m(proposal.ceiling))}`,
      `    · ${renderFigureReason(proposal.rationale.opening, lang)}`,
      `    · ${renderFigureReason(proposal.rationale.target, lang)}`,
      `    · ${renderFigureReason(proposal.rationale.ceiling, lang)}`,
    );
  }
  lines.push(`  ${t.schedule}${t.colon}`);
  for (const month of strategy.schedule) {
    const total = month.payments.reduce((sum, payment) => sum + payment.amount, 0);
    const parts = month.payments.map((payment) => `${lenderOf(payment.debtId)} ${m(payment.amount)}`);
    lines.push(`    ${month.date}  ${m(fen(total))}${t.colon}${parts.join(t.semicolon)}`);
  }
  return lines;
}
