import { addDays, type CaseFileInput, date, daysBetween, PAYMENT_ORDER_OBJECTION_DAYS } from '@shangan/core';

/** A debt the case does not have yet: only what the objection needs (the full intake can follow). */
export interface NewDebtFacts {
  lender: string;
  /** 借款金额 as the person remembers it, in yuan as typed ("10000", "1.2万"). */
  principal: string;
  /** About when it was borrowed, YYYY-MM-DD. */
  contractDate: string;
}

export interface PaymentOrderFacts {
  /** The day the payment order reached the person, YYYY-MM-DD. */
  received: string;
  /** What the order says is owed, in yuan as typed; empty when the person does not have it at hand. */
  amount: string;
  debt: { kind: 'existing'; id: string } | { kind: 'new'; facts: NewDebtFacts };
}

/** An id for a new debt that no debt of the case has: po-1, po-2, … */
export function newDebtId(caseFile: CaseFileInput | undefined): string {
  const taken = new Set(caseFile?.debts.map((debt) => debt.id) ?? []);
  let n = 1;
  while (taken.has(`po-${n}`)) n++;
  return `po-${n}`;
}

/**
 * The case file with the payment order recorded on its debt: the day it was received (from which
 * the 15-day objection deadline runs), the status, and the amount it claims as the debt's claim.
 * A new debt is added with the few facts given; its lender type stays unknown until the intake.
 */
export function withPaymentOrder(
  caseFile: CaseFileInput,
  facts: PaymentOrderFacts,
  debtId: string,
): CaseFileInput {
  const claim =
    facts.amount.trim() === '' ? {} : { claimed: { date: facts.received, total: facts.amount.trim() } };
  const recorded = { paymentOrderReceived: facts.received, status: 'payment_order' as const, ...claim };
  if (facts.debt.kind === 'existing') {
    return {
      ...caseFile,
      debts: caseFile.debts.map((debt) => (debt.id === debtId ? { ...debt, ...recorded } : debt)),
    };
  }
  const { lender, principal, contractDate } = facts.debt.facts;
  const debt = {
    id: debtId,
    lender: lender.trim(),
    lenderType: 'unknown' as const,
    contractDate,
    principal,
    ...recorded,
  };
  return { ...caseFile, debts: [...caseFile.debts, debt] };
}

/** A case file for a person who has none yet: today's date and no debts. */
export function emptyCaseFile(today: string): CaseFileInput {
  return { version: 1, asOf: today, debts: [] };
}

/** The last day the written objection may reach the court, and the days left from `today`. */
export function objectionDeadline(received: string, today: string): { deadline: string; daysLeft: number } {
  const deadline = addDays(date(received), PAYMENT_ORDER_OBJECTION_DAYS);
  return { deadline, daysLeft: daysBetween(date(today), deadline) };
}
