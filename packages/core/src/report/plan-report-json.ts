import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { CaseFile } from '../case/case-schema.js';
import { affordabilityStatement, expenseQuestions } from '../i18n/affordability-statement.js';
import { renderAlternative } from '../i18n/alternative-messages.js';
import { renderFigureReason } from '../i18n/figure-reasons.js';
import type { Lang } from '../i18n/format.js';
import { PRIORITY_DEBT_KIND_LABELS, PROPOSAL_TYPE_LABELS, STRATEGY_LABELS } from '../i18n/plan-labels.js';
import { priorityDebtLine, priorityNotes, priorityUncovered } from '../i18n/priority-debt-text.js';
import { renderTriage } from '../i18n/triage-messages.js';
import { formatYuan } from '../money/format-money.js';
import type { CasePlan } from '../plan/plan-case.js';
import type { StrategyPlan } from '../plan/plan-types.js';
import { citationJson } from './case-report-json.js';

/** What every plan assumes; shown with every plan, in JSON and text. */
export const PLAN_ASSUMPTION = {
  zh: '方案假设各债权人接受以上总额且协议后不再计息；如果对方继续计息，需要重新计算。本方案是估算和建议，不保证对方同意，不是法律意见。',
  en: 'The plan assumes each creditor accepts these totals with no further interest after the agreement; if interest continues, recalculate. It is an estimate and a suggestion, not legal advice, and no creditor is obliged to agree.',
} as const;

/** The lender's name for a debt id, for messages. */
export function lenderNames(analysis: CaseAnalysis): Map<string, string> {
  return new Map(analysis.debts.map((debt) => [debt.id, debt.lender]));
}

function strategyJson(strategy: StrategyPlan, lang: Lang) {
  return {
    name: strategy.name,
    label: STRATEGY_LABELS[lang][strategy.name],
    feasible: strategy.feasible,
    months: strategy.months,
    totalPaid: formatYuan(strategy.totalPaid),
    firstCleared: strategy.firstCleared,
    shortfall: strategy.shortfall && {
      needed: formatYuan(strategy.shortfall.needed),
      available: formatYuan(strategy.shortfall.available),
    },
    schedule: strategy.schedule.map((month) => ({
      month: month.month,
      date: month.date,
      payments: month.payments.map((payment) => ({
        debtId: payment.debtId,
        amount: formatYuan(payment.amount),
      })),
    })),
    proposals: strategy.proposals.map((proposal) => ({
      debtId: proposal.debtId,
      type: proposal.type,
      typeLabel: PROPOSAL_TYPE_LABELS[lang][proposal.type],
      opening: formatYuan(proposal.opening),
      target: formatYuan(proposal.target),
      ceiling: formatYuan(proposal.ceiling),
      periods: proposal.periods,
      monthly: formatYuan(proposal.monthly),
      firstDate: proposal.firstDate,
      lastDate: proposal.lastDate,
      rationale: {
        opening: renderFigureReason(proposal.rationale.opening, lang),
        target: renderFigureReason(proposal.rationale.target, lang),
        ceiling: renderFigureReason(proposal.rationale.ceiling, lang),
      },
    })),
  };
}

/** The plan as the JSON `shangan plan --json` prints and the API returns: money as "1234.50". */
export function planReportJson(plan: CasePlan, analysis: CaseAnalysis, caseFile: CaseFile, lang: Lang) {
  const lenders = lenderNames(analysis);
  const { capacity } = plan;
  return {
    asOf: plan.asOf,
    capacity: {
      monthly: formatYuan(capacity.monthly),
      lumpSum: formatYuan(capacity.lumpSum),
      monthlyIncome: formatYuan(capacity.monthlyIncome),
      essentialExpenses: formatYuan(capacity.essentialExpenses),
      irregularMonthly: formatYuan(capacity.irregularMonthly),
      irregularCosts: capacity.irregularCosts.map((cost) => ({
        name: cost.name,
        amount: formatYuan(cost.amount),
        every: cost.every,
        category: cost.category,
        monthly: formatYuan(cost.monthly),
      })),
      priorityMonthly: formatYuan(capacity.priorityMonthly),
      safetyMargin: formatYuan(capacity.safetyMargin),
      shortfall: formatYuan(capacity.shortfall),
      statement: affordabilityStatement(capacity, caseFile.budget?.expenses ?? null, lang).join('\n'),
      questions: expenseQuestions(capacity, lang),
    },
    /** Paid first and in full, before any strategy shares the rest; shown before the strategies. */
    priority: {
      monthly: formatYuan(capacity.priorityMonthly),
      uncovered: formatYuan(priorityUncovered(capacity)),
      debts: capacity.priorityDebts.map((debt) => ({
        kind: debt.kind,
        kindLabel: PRIORITY_DEBT_KIND_LABELS[lang][debt.kind],
        name: debt.name,
        monthly: formatYuan(debt.monthly),
        arrears: debt.arrears === undefined ? null : formatYuan(debt.arrears),
        note: debt.note ?? null,
        line: priorityDebtLine(debt, lang),
      })),
      notes: priorityNotes(capacity, lang).map((note) => ({
        text: note.text,
        basis: note.basis,
        citations: note.citations.map((id) => citationJson(id, lang)),
      })),
    },
    triage: plan.triage.map((item) => ({
      code: item.code,
      debtId: item.debtId,
      date: item.date,
      urgency: item.urgency,
      basis: item.basis,
      message: renderTriage(
        item,
        lang,
        item.debtId === null ? '' : (lenders.get(item.debtId) ?? item.debtId),
      ),
      citations: item.citations.map((id) => citationJson(id, lang)),
    })),
    strategies: plan.strategies.map((strategy) => strategyJson(strategy, lang)),
    assumption: PLAN_ASSUMPTION[lang],
    alternatives: plan.alternatives.map((alternative) => ({
      code: alternative.code,
      message: renderAlternative(alternative, lang),
      citations: alternative.citations.map((id) => citationJson(id, lang)),
    })),
  };
}

export type PlanReportJson = ReturnType<typeof planReportJson>;
