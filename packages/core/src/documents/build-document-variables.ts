import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import { EXPENSE_CATEGORIES } from '../case/budget-schema.js';
import type { CaseFile, Debt } from '../case/case-schema.js';
import type { Person } from '../case/person-schema.js';
import { addDays, daysBetween } from '../dates/date-arithmetic.js';
import { affordabilityStatement } from '../i18n/affordability-statement.js';
import { describeCapBasis, renderFinding } from '../i18n/finding-messages.js';
import { formatDate, formatMoney, formatPercent } from '../i18n/format.js';
import { LENDER_TYPE_LABELS, SEVERITY_LABELS } from '../i18n/labels.js';
import {
  CHANNEL_LABELS,
  CONTACT_FLAG_LABELS,
  DEBT_STATUS_LABELS,
  EXPENSE_LABELS,
  HARDSHIP_LABELS,
} from '../i18n/plan-labels.js';
import { allocate } from '../money/allocate.js';
import { type Fen, fen } from '../money/fen.js';
import type { CasePlan } from '../plan/plan-case.js';
import { toPlanDebt } from '../plan/plan-debt.js';
import type { StrategyName } from '../plan/plan-types.js';
import { maskIdNumber, maskPhone } from '../privacy/mask.js';
import { PAYMENT_ORDER_OBJECTION_DAYS } from '../triage/build-triage.js';
import { flagContacts } from '../triage/contact-flags.js';
import { complaintRoute } from './complaint-route.js';
import { formatDocumentCitation } from './document-citation.js';
import type { DocumentVariables } from './document-variables.js';
import { BLANK, offerVariables } from './offer-variables.js';
import { policeVariables } from './police-variables.js';

export { BLANK } from './offer-variables.js';

export interface DocumentContext {
  caseFile: CaseFile;
  analysis: CaseAnalysis;
  plan: CasePlan;
  debtId: string;
  /** Whose figures the letters use; pro_rata by default. */
  strategy?: StrategyName;
  /**
   * Mask the phone and ID numbers: the copy for sharing, exporting or logging. A letter to the
   * lender or the court carries them in full (they identify the person), so the default is false.
   */
  mask?: boolean;
}

/** Everything a template may use for one debt, formatted for zh-CN documents. */
export function buildDocumentVariables(context: DocumentContext): DocumentVariables {
  const { caseFile, analysis, plan, debtId } = context;
  const index = caseFile.debts.findIndex((debt) => debt.id === debtId);
  const debt = caseFile.debts[index];
  const debtAnalysis = analysis.debts[index];
  if (!debt || !debtAnalysis) throw new RangeError(`no debt ${debtId}`);
  const d = (day: Parameters<typeof formatDate>[0]) => formatDate(day, 'zh');
  const person = caseFile.person ?? {};
  const lenderType = debt.lenderType;
  return {
    today: d(analysis.asOf),
    person: personVariables(person, context.mask ?? false),
    lender: debt.lender,
    lenderTypeLabel: LENDER_TYPE_LABELS.zh[lenderType],
    isCreditCard: lenderType === 'credit_card',
    isBankLike: lenderType === 'bank' || lenderType === 'consumer_finance' || lenderType === 'credit_card',
    isMicroloan: lenderType === 'microloan',
    isPrivate: lenderType === 'private',
    isUnlicensed: debtAnalysis.unlicensed !== null,
    debt: debtVariables(debt, debtAnalysis, analysis),
    ...findingVariables(debtAnalysis),
    ...offerVariables(context),
    affordability: affordabilityVariables(caseFile, analysis, plan, index),
    circumstances: circumstanceVariables(caseFile),
    limitation: limitationVariables(debtAnalysis),
    complaint: complaintVariables(debt, debtAnalysis),
    police: policeVariables(debt, debtAnalysis),
    thirdParty: thirdPartyVariables(debt),
    debtCount: String(caseFile.debts.length),
  };
}

function debtVariables(
  debt: Debt,
  analysis: DebtAnalysis,
  caseAnalysis: CaseAnalysis,
): DocumentVariables['debt'] {
  const m = (amount: Fen) => formatMoney(amount, 'zh');
  const d = (day: Parameters<typeof formatDate>[0]) => formatDate(day, 'zh');
  const { legal, apr, cap } = analysis;
  const deducted = debt.principal - legal.principalBasis;
  const received = debt.paymentOrderReceived;
  return {
    id: debt.id,
    contractNumber: debt.contractNumber ?? BLANK,
    account: debt.account ?? BLANK,
    cardLast4: debt.card?.last4 ?? BLANK,
    contractDate: d(debt.contractDate),
    principal: m(debt.principal),
    received: m(legal.principalBasis),
    hasUpfrontDeduction: deducted > 0,
    deducted: m(fen(Math.max(0, deducted))),
    hasClaim: legal.claimed !== null,
    claimed: legal.claimed === null ? BLANK : m(legal.claimed),
    claimDate: debt.claimed ? d(debt.claimed.date) : BLANK,
    supported: m(legal.supported),
    hasExcess: (legal.excess ?? 0) > 0,
    excess: legal.excess === null ? BLANK : m(legal.excess),
    principalOutstanding: m(legal.principalOutstanding),
    interestOutstanding: m(legal.interestOutstanding),
    paid: m(legal.paid),
    hasOverpaid: legal.overpaid > 0,
    overpaid: m(legal.overpaid),
    hasApr: apr !== null,
    aprSimple: apr ? formatPercent(apr.simple) : BLANK,
    aprCompound: apr ? formatPercent(apr.compound) : BLANK,
    capRate: formatPercent(cap.rate),
    capLabel: describeCapBasis(cap.basis, 'zh'),
    capIsReference: cap.strength === 'reference',
    isOverdue: legal.overdueSince !== null,
    overdueSince: legal.overdueSince ? d(legal.overdueSince) : BLANK,
    daysOverdue: legal.overdueSince ? String(daysBetween(legal.overdueSince, caseAnalysis.asOf)) : BLANK,
    hasOfficialChannel: debt.officialChannel !== undefined,
    officialChannel: debt.officialChannel ?? BLANK,
    statusLabel: debt.status ? DEBT_STATUS_LABELS.zh[debt.status] : BLANK,
    hasPaymentOrder: received !== undefined || debt.status === 'payment_order',
    paymentOrderReceived: received ? d(received) : BLANK,
    objectionDeadline: received ? d(addDays(received, PAYMENT_ORDER_OBJECTION_DAYS)) : BLANK,
  };
}

/** Findings whose law is cited; a computed fact without a rule says so rather than show an empty basis. */
function findingVariables(analysis: DebtAnalysis) {
  const findings = analysis.findings.map((finding) => ({
    message: renderFinding(finding, 'zh'),
    severityLabel: SEVERITY_LABELS.zh[finding.severity],
    citations:
      finding.citations.length > 0
        ? finding.citations.map((id) => formatDocumentCitation(id)).join('；')
        : '（根据你填写的数据计算得出）',
  }));
  return { findings, hasFindings: findings.length > 0 };
}

function affordabilityVariables(
  caseFile: CaseFile,
  analysis: CaseAnalysis,
  plan: CasePlan,
  debtIndex: number,
): DocumentVariables['affordability'] {
  const { capacity } = plan;
  const targets = analysis.debts.map((debt) => toPlanDebt(debt).instalmentTarget);
  const share = targets.some((target) => target > 0)
    ? (allocate(capacity.monthly, targets)[debtIndex] ?? fen(0))
    : fen(0);
  const m = (amount: Fen) => formatMoney(amount, 'zh');
  const expenses = caseFile.budget?.expenses ?? null;
  return {
    income: m(capacity.monthlyIncome),
    expenses: m(capacity.essentialExpenses),
    hasIrregular: capacity.irregularCosts.length > 0,
    irregular: m(capacity.irregularMonthly),
    hasPriority: capacity.priorityDebts.length > 0,
    priority: m(capacity.priorityMonthly),
    margin: m(capacity.safetyMargin),
    capacity: m(capacity.monthly),
    share: m(share),
    lumpSum: m(capacity.lumpSum),
    hasLumpSum: capacity.lumpSum > 0,
    dependents: String(capacity.dependents),
    hasShortfall: capacity.shortfall > 0,
    shortfall: m(capacity.shortfall),
    expenseRows: expenses
      ? EXPENSE_CATEGORIES.filter((category) => expenses[category] > 0).map((category) => ({
          label: EXPENSE_LABELS.zh[category],
          amount: m(expenses[category]),
        }))
      : [],
    statement: affordabilityStatement(capacity, expenses, 'zh'),
  };
}

function circumstanceVariables(caseFile: CaseFile): DocumentVariables['circumstances'] {
  const circumstances = caseFile.circumstances;
  const hardship = (circumstances?.hardship ?? []).map((kind) => HARDSHIP_LABELS.zh[kind]);
  const evidence = circumstances?.evidence ?? [];
  const description = circumstances?.description ?? '';
  return {
    hasHardship: hardship.length > 0,
    hardship,
    hasEvidence: evidence.length > 0,
    evidence,
    hasDescription: description.length > 0,
    description: description || BLANK,
  };
}

function limitationVariables(analysis: DebtAnalysis): DocumentVariables['limitation'] {
  const view = analysis.legal.limitation;
  return view.state === 'possibly_expired'
    ? { warn: true, since: formatDate(view.since, 'zh'), expiredOn: formatDate(view.expiredOn, 'zh') }
    : { warn: false, since: BLANK, expiredOn: BLANK };
}

/** Who the letters are from: in full for the recipient, masked for the shared copy. */
function personVariables(person: Person, mask: boolean): DocumentVariables['person'] {
  return {
    name: person.name ?? BLANK,
    phone: person.phone === undefined ? BLANK : mask ? maskPhone(person.phone) : person.phone,
    idNumber: person.idNumber === undefined ? BLANK : mask ? maskIdNumber(person.idNumber) : person.idNumber,
    city: person.city ?? BLANK,
    address: person.address ?? BLANK,
    isMasked: mask,
  };
}

/** Contacts the person marked as reaching a third party (family, colleagues, friends). */
function thirdPartyVariables(debt: Debt): DocumentVariables['thirdParty'] {
  const contacts = debt.contacts
    .filter((contact) => contact.flags.includes('third_party'))
    .map((contact) => ({
      at: contact.at.replace('T', ' '),
      channel: CHANNEL_LABELS.zh[contact.channel],
      counterpart: contact.counterpartName ?? contact.number ?? '未留姓名',
      said: oneCell(contact.theySaid),
    }));
  return { hasContacts: contacts.length > 0, count: String(contacts.length), contacts };
}

/** One table cell: a line break would end the row and a "|" would split the cell (full-width "｜" reads the same). */
function oneCell(text: string | undefined): string {
  return text?.replace(/\s*[\r\n]+\s*/g, ' ').replaceAll('|', '｜') ?? '—';
}

function complaintVariables(debt: Debt, analysis: DebtAnalysis): DocumentVariables['complaint'] {
  const flags = flagContacts(debt.contacts);
  const route = complaintRoute(analysis.unlicensed === null ? debt.lenderType : 'unlicensed');
  const contacts = debt.contacts.map((contact, position) => ({
    at: contact.at.replace('T', ' '),
    channel: CHANNEL_LABELS.zh[contact.channel],
    counterpart: contact.counterpartName ?? '未留姓名',
    staffId: contact.staffId ?? '未提供',
    said: oneCell(contact.theySaid),
    flags: (flags[position] ?? []).map((flag) => CONTACT_FLAG_LABELS.zh[flag]).join('、') || '—',
  }));
  const flagged = flags.filter((contactFlags) => contactFlags.length > 0);
  return {
    ...route,
    involvesPolice: flagged.some((contactFlags) =>
      contactFlags.some((flag) => flag === 'threat' || flag === 'impersonation'),
    ),
    hasContacts: contacts.length > 0,
    contacts,
    flaggedCount: String(flagged.length),
  };
}
