import { EXPENSE_CATEGORIES } from '../case/budget-schema.js';
import type { Affordability } from '../household/assess-affordability.js';
import { DEFAULT_SAFETY_MARGIN_SHARE } from '../household/safety-margin.js';
import type { Fen } from '../money/fen.js';
import { formatMoney, type Lang } from './format.js';
import { EXPENSE_LABELS, PRIORITY_DEBT_KIND_LABELS } from './plan-labels.js';

/**
 * The affordability statement (还款能力说明) attached to every offer: where the monthly figure
 * comes from, in a form a creditor can check. `expenses` are the budget's amounts by category.
 */
export function affordabilityStatement(
  capacity: Affordability,
  expenses: Record<(typeof EXPENSE_CATEGORIES)[number], Fen> | null,
  lang: Lang,
): string[] {
  const m = (amount: Fen) => formatMoney(amount, lang);
  const zh = lang === 'zh';
  if (!capacity.budgetGiven) {
    return [
      zh ? '尚未填写收入和支出，无法说明还款能力。' : 'No budget given yet: the capacity cannot be stated.',
    ];
  }
  const household = capacity.dependents + 1;
  const margin = capacity.safetyMarginIsDefault
    ? zh
      ? `（按收入的${Math.round(DEFAULT_SAFETY_MARGIN_SHARE * 100)}%预留，用于应急）`
      : ` (${Math.round(DEFAULT_SAFETY_MARGIN_SHARE * 100)} % of income kept for emergencies)`
    : '';
  const listed = expenses
    ? EXPENSE_CATEGORIES.filter((category) => expenses[category] > 0).map(
        (category) => `${EXPENSE_LABELS[lang][category]} ${m(expenses[category])}`,
      )
    : [];
  const irregular = capacity.irregularCosts.map((cost) => {
    const category = cost.category === null ? '' : EXPENSE_LABELS[lang][cost.category];
    return zh
      ? `“${cost.name}”${category === '' ? '' : `（${category}）`}每${cost.every}个月 ${m(cost.amount)}，折合每月 ${m(cost.monthly)}`
      : `"${cost.name}"${category === '' ? '' : ` (${category})`} ${m(cost.amount)} every ${cost.every} month(s), ${m(cost.monthly)} a month`;
  });
  const priority = capacity.priorityDebts.map((debt) =>
    zh
      ? `${PRIORITY_DEBT_KIND_LABELS.zh[debt.kind]}“${debt.name}”${m(debt.monthly)}`
      : `${PRIORITY_DEBT_KIND_LABELS.en[debt.kind]} "${debt.name}" ${m(debt.monthly)}`,
  );
  const hasPriority = priority.length > 0;
  const lines = zh
    ? [
        capacity.dependents > 0
          ? `本人家庭共 ${household} 人（含本人，需抚养/赡养 ${capacity.dependents} 人），每月收入合计 ${m(capacity.monthlyIncome)}。`
          : `本人独自生活，没有需要抚养或赡养的人，每月收入合计 ${m(capacity.monthlyIncome)}。`,
        `每月必要生活支出合计 ${m(capacity.essentialExpenses)}${listed.length > 0 ? `：${listed.join('，')}` : ''}。`,
        ...(irregular.length > 0
          ? [`不定期支出按月分摊合计 ${m(capacity.irregularMonthly)}：${irregular.join('；')}。`]
          : []),
        ...(hasPriority
          ? [`优先债务每月先全额支付，合计 ${m(capacity.priorityMonthly)}：${priority.join('，')}。`]
          : []),
        `每月预留应急 ${m(capacity.safetyMargin)}${margin}。`,
        capacity.shortfall > 0
          ? `收入不足以覆盖必要支出${hasPriority ? '和优先债务' : ''}，每月缺口 ${m(capacity.shortfall)}，目前没有可用于还款的余额。`
          : hasPriority
            ? `扣除以上支出和优先债务后，每月最多可用于偿还其余全部债务的金额为 ${m(capacity.monthly)}，需要在这些债权人之间分配。`
            : `扣除以上支出后，每月最多可用于偿还全部债务的金额为 ${m(capacity.monthly)}，需要在所有债权人之间分配。`,
        capacity.lumpSum > 0
          ? `另外可以一次性筹集 ${m(capacity.lumpSum)}（用于一次性结清或首期还款）。`
          : '目前没有可一次性筹集的资金。',
        '以上金额真实，可以提供收入证明和支出凭证供核实。',
      ]
    : [
        capacity.dependents > 0
          ? `Household of ${household} (including me; ${capacity.dependents} dependant(s)); monthly income ${m(capacity.monthlyIncome)}.`
          : `I live alone with no dependants; monthly income ${m(capacity.monthlyIncome)}.`,
        `Essential monthly expenses ${m(capacity.essentialExpenses)}${listed.length > 0 ? `: ${listed.join(', ')}` : ''}.`,
        ...(irregular.length > 0
          ? [
              `Irregular costs as monthly equivalents ${m(capacity.irregularMonthly)}: ${irregular.join('; ')}.`,
            ]
          : []),
        ...(hasPriority
          ? [
              `Priority debts, paid first and in full each month, ${m(capacity.priorityMonthly)}: ${priority.join(', ')}.`,
            ]
          : []),
        `Kept back for emergencies ${m(capacity.safetyMargin)}${margin}.`,
        capacity.shortfall > 0
          ? `Income does not cover essentials${hasPriority ? ' and priority debts' : ''}: a monthly shortfall of ${m(capacity.shortfall)}; nothing is left for repayments.`
          : hasPriority
            ? `What is left for all the other creditors together, after these costs and the priority debts: at most ${m(capacity.monthly)} a month, to be shared among them.`
            : `What is left for all creditors together: at most ${m(capacity.monthly)} a month, to be shared among them.`,
        capacity.lumpSum > 0
          ? `A one-off ${m(capacity.lumpSum)} can be raised (for settlements or a first payment).`
          : 'No lump sum is available.',
        'These figures are true; proof of income and expenses can be provided.',
      ];
  return lines;
}

/** The expense check as questions, never judgements. */
export function expenseQuestions(capacity: Affordability, lang: Lang): string[] {
  return capacity.expenseFlags.map((flag) => {
    const label = EXPENSE_LABELS[lang][flag.category];
    const amount = formatMoney(flag.amount, lang);
    const guide = formatMoney(flag.guide, lang);
    if (lang === 'zh') {
      return flag.direction === 'high'
        ? `“${label}”每月 ${amount}，比一般家庭的参考值（约 ${guide}）高。这个数字对吗？有没有一次性的支出算进来了？债权人可能会问。`
        : `“${label}”每月 ${amount}，低于参考值（约 ${guide}）。这样够生活吗？低估支出会让方案难以坚持。`;
    }
    return flag.direction === 'high'
      ? `"${label}" is ${amount} a month, above the rough guide of about ${guide}. Is it right? Did a one-off cost slip in? Creditors may ask.`
      : `"${label}" is ${amount} a month, below the rough guide of about ${guide}. Can you live on that? Underestimating makes a plan hard to keep.`;
  });
}
