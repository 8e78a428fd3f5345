import { contractCashFlows, formatYuan } from '@shangan/core';
import { checkDraft } from './check-draft';
import type { DebtDraft, PaymentDraft } from './debt-draft';

/**
 * "已按计划还了前 N 期": the instalments the contract makes due, in date order, each with its
 * per-period fees, as the core computes them from the schedule or the terms. undefined while the
 * schedule is not known (or something before it still needs an answer). Later answers play no
 * part, so an unfinished claim or status never hides the shortcut.
 */
export function plannedInstalments(draft: DebtDraft, asOf: string): PaymentDraft[] | undefined {
  const { parsed } = checkDraft(
    {
      ...draft,
      payments: [],
      limitationEvents: [],
      cardOffers: [],
      claimedTotal: '',
      claimedDate: '',
      overdueSince: '',
      status: '',
      paymentOrderReceived: '',
      officialChannel: '',
    },
    asOf,
  );
  const flows = parsed === undefined ? null : contractCashFlows(parsed);
  return flows?.due.map((row) => ({ date: row.date, amount: formatYuan(row.amount) }));
}
