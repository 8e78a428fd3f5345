import { formatMoney, type Lang } from '../i18n/format.js';
import { BEHIND_WARNING, DEBT_PROGRESS_LABELS, INSTALMENT_STATE_LABELS } from '../i18n/progress-labels.js';
import type { Fen } from '../money/fen.js';
import { formatYuan } from '../money/format-money.js';
import type { CaseProgress } from '../progress/case-progress.js';

const money = (amount: Fen | null) => (amount === null ? null : formatYuan(amount));

/** `shangan progress --json` and the API: the progress with money as "1234.50" and its words rendered. */
export function progressReportJson(progress: CaseProgress, lang: Lang) {
  return {
    asOf: progress.asOf,
    strategy: progress.strategy,
    feasible: progress.feasible,
    paidSoFar: money(progress.paidSoFar),
    remaining: money(progress.remaining),
    debtFreeOn: progress.debtFreeOn,
    balance: progress.balance.map((point) => ({
      date: point.date,
      planned: formatYuan(point.planned),
      actual: money(point.actual),
    })),
    debts: progress.debts.map((debt) => ({
      debtId: debt.debtId,
      lender: debt.lender,
      state: debt.state,
      stateLabel: DEBT_PROGRESS_LABELS[lang][debt.state],
      paidSoFar: money(debt.paidSoFar),
      remaining: money(debt.remaining),
      nextDue: debt.nextDue && { date: debt.nextDue.date, amount: money(debt.nextDue.amount) },
      finishOn: debt.finishOn,
      warning: debt.state === 'behind' ? BEHIND_WARNING[lang] : null,
      agreement: debt.agreement && {
        total: money(debt.agreement.total),
        paid: money(debt.agreement.paid),
        remaining: money(debt.agreement.remaining),
        overpaid: money(debt.agreement.overpaid),
        defaults: debt.agreement.defaults,
        instalments: debt.agreement.instalments.map((instalment) => ({
          seq: instalment.seq,
          dueOn: instalment.dueOn,
          amount: money(instalment.amount),
          paid: money(instalment.paid),
          paidOn: instalment.paidOn,
          lateAfter: instalment.lateAfter,
          state: instalment.state,
          stateLabel: INSTALMENT_STATE_LABELS[lang][instalment.state],
        })),
      },
    })),
  };
}

export type ProgressReportJson = ReturnType<typeof progressReportJson>;

/** The same progress as readable text. */
export function progressReportText(progress: CaseProgress, lang: Lang): string {
  const zh = lang === 'zh';
  const m = (amount: Fen) => formatMoney(amount, lang);
  const lines = [zh ? `还款进度（截至 ${progress.asOf}）` : `Progress (as of ${progress.asOf})`, ''];
  for (const debt of progress.debts) {
    const label = DEBT_PROGRESS_LABELS[lang][debt.state];
    lines.push(
      zh ? `【${debt.debtId}】${debt.lender}：${label}` : `[${debt.debtId}] ${debt.lender}: ${label}`,
    );
    lines.push(zh ? `  已还：${m(debt.paidSoFar)}` : `  Paid so far: ${m(debt.paidSoFar)}`);
    if (debt.agreement) {
      const a = debt.agreement;
      lines.push(
        zh
          ? `  协议：总额 ${m(a.total)}，按协议已还 ${m(a.paid)}，还剩 ${m(a.remaining)}`
          : `  Agreement: ${m(a.total)} in all, ${m(a.paid)} paid under it, ${m(a.remaining)} left`,
      );
      for (const i of a.instalments) {
        if (i.state === 'missed' || i.state === 'paid_late' || i.state === 'part_paid') {
          const state = INSTALMENT_STATE_LABELS[lang][i.state];
          lines.push(
            zh
              ? `  第 ${i.seq} 期（${i.dueOn}，${m(i.amount)}）：${state}，已还 ${m(i.paid)}`
              : `  Instalment ${i.seq} (${i.dueOn}, ${m(i.amount)}): ${state}, ${m(i.paid)} paid`,
          );
        }
      }
      if (a.overpaid > 0) {
        lines.push(
          zh
            ? `  多还了 ${m(a.overpaid)}：请对方退回或书面确认抵扣。`
            : `  Overpaid by ${m(a.overpaid)}: ask for it back or for a written credit.`,
        );
      }
    } else if (debt.remaining !== null && debt.state === 'no_agreement') {
      lines.push(
        zh ? `  方案还要还：${m(debt.remaining)}` : `  Left to pay in the plan: ${m(debt.remaining)}`,
      );
    }
    if (debt.nextDue) {
      lines.push(
        zh
          ? `  下一笔：${debt.nextDue.date}，${m(debt.nextDue.amount)}`
          : `  Next: ${debt.nextDue.date}, ${m(debt.nextDue.amount)}`,
      );
    }
    if (debt.state === 'behind') lines.push(`  ⚠ ${BEHIND_WARNING[lang]}`);
    lines.push('');
  }
  lines.push(zh ? `合计已还：${m(progress.paidSoFar)}` : `Paid so far in all: ${m(progress.paidSoFar)}`);
  if (progress.remaining !== null) {
    lines.push(zh ? `合计还剩：${m(progress.remaining)}` : `Left in all: ${m(progress.remaining)}`);
  }
  lines.push(
    progress.debtFreeOn
      ? zh
        ? `按现在的协议和方案，预计 ${progress.debtFreeOn} 还完最后一笔。`
        : `With the agreements and the plan as they are, the last payment falls on ${progress.debtFreeOn}.`
      : zh
        ? '还算不出还完的日期：按现在的收入，方案在60个月内还不完，或者还有没安排的债务。'
        : 'No debt-free date yet: with this income no plan clears the debts within 60 months, or a debt has no plan.',
    '',
    zh
      ? '说明：这是根据你填写的信息做的估算，不是法律意见。'
      : 'An estimate from what you entered; not legal advice.',
    '',
  );
  return lines.join('\n');
}
