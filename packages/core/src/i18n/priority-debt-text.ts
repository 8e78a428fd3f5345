import type { PriorityDebt } from '../case/budget-schema.js';
import type { Affordability } from '../household/assess-affordability.js';
import type { CitationId } from '../law/citations.js';
import { type Fen, fen } from '../money/fen.js';
import { formatMoney, type Lang } from './format.js';
import { PRIORITY_DEBT_KIND_LABELS } from './plan-labels.js';

export const PRIORITY_HEADING = {
  zh: '优先债务（先付，全额）',
  en: 'Priority debts (paid first, in full)',
} as const;

/** One sentence about the priority debts, with what it rests on (as triage items do). */
export interface PriorityNote {
  text: string;
  basis: 'law' | 'experience' | 'fact';
  citations: CitationId[];
}

/** "拖欠的房租：房东张先生，每月 500.00 元（欠款合计 3,000.00 元）" and the person's note. */
export function priorityDebtLine(debt: PriorityDebt, lang: Lang): string {
  const m = (amount: Fen) => formatMoney(amount, lang);
  const label = PRIORITY_DEBT_KIND_LABELS[lang][debt.kind];
  if (lang === 'zh') {
    const arrears = debt.arrears === undefined ? '' : `（欠款合计 ${m(debt.arrears)}）`;
    return `${label}：${debt.name}，每月 ${m(debt.monthly)}${arrears}${debt.note === undefined ? '' : `。${debt.note}`}`;
  }
  const arrears = debt.arrears === undefined ? '' : ` (${m(debt.arrears)} owed in all)`;
  return `${label}: ${debt.name}, ${m(debt.monthly)} a month${arrears}${debt.note === undefined ? '' : `. ${debt.note}`}`;
}

/**
 * The part of the priority payments the income does not cover: the shortfall, up to the priority
 * total (the shortfall is income − essentials − irregular costs − margin − priority debts, below 0).
 */
export function priorityUncovered(capacity: Affordability): Fen {
  return fen(Math.min(capacity.shortfall, capacity.priorityMonthly));
}

/**
 * What the plan says under its priority-debt heading: that they are paid first and in full, why
 * (experience, not law: the consequences people meet, never a promise), what to do when the income
 * does not cover them, and, for a court judgment, the one legal consequence with its citation.
 */
export function priorityNotes(capacity: Affordability, lang: Lang): PriorityNote[] {
  if (capacity.priorityDebts.length === 0) return [];
  const m = (amount: Fen) => formatMoney(amount, lang);
  const zh = lang === 'zh';
  const uncovered = priorityUncovered(capacity);
  const notes: PriorityNote[] = [
    {
      text: zh
        ? `每月先全额支付 ${m(capacity.priorityMonthly)}，不参与下面的分配，也不会被减少；下面的方案只分配剩下的 ${m(capacity.monthly)}。`
        : `${m(capacity.priorityMonthly)} is paid first and in full each month; it is never shared out or reduced. The plans below share only what is left, ${m(capacity.monthly)}.`,
      basis: 'fact',
      citations: [],
    },
    {
      text: zh
        ? '为什么先付：拖欠房租或房贷可能失去住处，车贷逾期可能失去车辆，法院判决、欠缴的税款和社保可能被强制执行。网贷和信用卡逾期同样要处理，但通常还有协商的余地。'
        : 'Why first: falling behind on rent or a mortgage can cost the home, on a car loan the car, and a court judgment, tax or social insurance owed can be enforced. Overdue online loans and cards must be dealt with too, but there is usually room to negotiate.',
      basis: 'experience',
      citations: [],
    },
  ];
  if (uncovered > 0) {
    notes.push({
      text: zh
        ? `按现在的收支，优先债务每月还差 ${m(uncovered)}。先联系这些债权人（房东、银行、法院执行部门、税务或社保部门）说明情况、商量分期，也可以拨打 12348 咨询法律援助。不要为此借新的网贷。`
        : `On these figures the priority debts are ${m(uncovered)} a month short. Contact those creditors first (the landlord, the bank, the court's enforcement office, the tax or social insurance office), explain and ask for instalments; you can also call 12348 for legal aid. Do not take a new online loan for it.`,
      basis: 'fact',
      citations: [],
    });
  }
  if (capacity.priorityDebts.some((debt) => debt.kind === 'court_judgment')) {
    notes.push({
      text: zh
        ? '法院判决：和法院达成执行和解后，无正当理由不履行，可能被列入失信被执行人名单；确实付不起时，主动向执行法官说明。'
        : 'Court judgment: refusing without good reason to keep a settlement reached in enforcement can put you on the dishonest-debtor list; if you truly cannot pay, tell the enforcement judge yourself.',
      basis: 'law',
      citations: ['spc-dishonest-list-2017-1'],
    });
  }
  return notes;
}
