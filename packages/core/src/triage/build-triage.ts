import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import type { CaseFile, Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays, daysBetween } from '../dates/date-arithmetic.js';
import { flagContacts } from './contact-flags.js';
import type { TriageItem, Urgency } from './triage-item.js';

/** The payment-order objection period: 15 days from receipt (民事诉讼法 督促程序). */
export const PAYMENT_ORDER_OBJECTION_DAYS = 15;

/**
 * The seeds' authors found lenders most willing to agree 1–3 months after the first missed
 * payment: collection has started but the debt has not yet gone to outsourced collectors or court.
 * Experience, not law, and labelled so.
 */
const WINDOW_OPENS_DAYS = 30;
const WINDOW_CLOSES_DAYS = 90;

const URGENCY_ORDER: Record<Urgency, number> = { now: 0, this_week: 1, later: 2 };

/** What is urgent this week, ordered: legal deadlines first, then by date. */
export function buildTriage(caseFile: CaseFile, analysis: CaseAnalysis): TriageItem[] {
  const items: TriageItem[] = [];
  const asOf = analysis.asOf;
  if (!caseFile.budget) {
    items.push({
      code: 'budget_missing',
      params: {},
      debtId: null,
      date: asOf,
      urgency: 'this_week',
      basis: 'fact',
      citations: [],
    });
  }
  caseFile.debts.forEach((debt, index) => {
    const debtAnalysis = analysis.debts[index];
    if (debtAnalysis) items.push(...debtTriage(debt, debtAnalysis, asOf));
  });
  return items.sort(
    (a, b) =>
      URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
}

function debtTriage(debt: Debt, analysis: DebtAnalysis, asOf: CalendarDate): TriageItem[] {
  const items: TriageItem[] = [];
  const debtId = debt.id;
  const inCourt = debt.status === 'lawsuit' || debt.status === 'judgment';
  if (debt.status === 'payment_order' || debt.paymentOrderReceived !== undefined) {
    const received = debt.paymentOrderReceived ?? null;
    const deadline = received ? addDays(received, PAYMENT_ORDER_OBJECTION_DAYS) : null;
    items.push({
      code: 'payment_order',
      params: { received, deadline, daysLeft: deadline ? daysBetween(asOf, deadline) : null },
      debtId,
      date: deadline ?? asOf,
      urgency: 'now',
      basis: 'law',
      citations: ['civil-procedure-payment-order'],
    });
  }
  if (debt.status === 'lawsuit') {
    items.push({
      code: 'lawsuit',
      params: {},
      debtId,
      date: asOf,
      urgency: 'now',
      basis: 'law',
      citations: ['civil-procedure-125', ...analysis.cap.citations],
    });
  }
  if (debt.status === 'judgment') {
    items.push({
      code: 'judgment',
      params: {},
      debtId,
      date: asOf,
      urgency: 'now',
      basis: 'law',
      citations: ['spc-dishonest-list-2017-1', 'spc-dishonest-list-2017-3'],
    });
  }
  // Contacts logged after the analysis date are not yet known to the analysis.
  const flags = flagContacts(debt.contacts.filter((contact) => contact.at.slice(0, 10) <= asOf));
  const flagged = flags.filter((contactFlags) => contactFlags.length > 0);
  if (flagged.length > 0) {
    items.push({
      code: 'abusive_collection',
      params: { contacts: flagged.length, flags: [...new Set(flagged.flat())] },
      debtId,
      date: asOf,
      urgency: 'this_week',
      basis: 'law',
      citations: ['civil-code-1033', 'pipl-10', 'consumer-protection-27', 'cba-collection-guideline-2026'],
    });
  }
  for (const finding of analysis.findings) {
    if (finding.code === 'credit_card_large_principal') {
      items.push({
        code: 'card_principal_high',
        params: { principal: finding.params.principal },
        debtId,
        date: asOf,
        urgency: 'this_week',
        basis: 'law',
        citations: finding.citations,
      });
    }
    if (finding.code === 'limitation_possibly_expired') {
      // Now: any contact with the lender could give the defence up.
      items.push({
        code: 'limitation_warning',
        params: { since: finding.params.since },
        debtId,
        date: asOf,
        urgency: 'now',
        basis: 'law',
        citations: finding.citations,
      });
    }
    if (finding.code === 'unlicensed_lender') {
      items.push({
        code: 'unlicensed_lender',
        params: {},
        debtId,
        date: asOf,
        urgency: 'now',
        basis: 'law',
        citations: finding.citations,
      });
    }
  }
  // "Sooner is better" holds only for a debt one negotiates: never for a time-barred or unlicensed one.
  const negotiable = analysis.legal.limitation.state !== 'possibly_expired' && analysis.unlicensed === null;
  const overdueSince = analysis.legal.overdueSince;
  if (overdueSince !== null && !inCourt && negotiable && analysis.legal.supported > 0) {
    items.push(windowItem(debtId, overdueSince, asOf));
  }
  return items;
}

function windowItem(debtId: string, overdueSince: CalendarDate, asOf: CalendarDate): TriageItem {
  const daysOverdue = daysBetween(overdueSince, asOf);
  const phase =
    daysOverdue < WINDOW_OPENS_DAYS ? 'before' : daysOverdue <= WINDOW_CLOSES_DAYS ? 'in' : 'after';
  const opensOn = phase === 'before' ? addDays(overdueSince, WINDOW_OPENS_DAYS) : null;
  return {
    code: 'negotiation_window',
    params: { phase, daysOverdue, opensOn },
    debtId,
    date: opensOn ?? asOf,
    urgency: phase === 'before' ? 'later' : 'this_week',
    basis: 'experience',
    citations: [],
  };
}
