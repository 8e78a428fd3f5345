import type { CaseFile, Debt } from '../case/case-schema.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { addDays } from '../dates/date-arithmetic.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { CHANNEL_LABELS } from '../i18n/plan-labels.js';
import { type Fen, sumFen } from '../money/fen.js';
import { DEFAULT_CERTIFICATE_DAYS } from '../negotiation/agreement-schema.js';
import { currentNegotiationState, type NegotiationState } from '../negotiation/negotiation-states.js';
import { agreementProgress } from '../progress/agreement-progress.js';
import { PAYMENT_ORDER_OBJECTION_DAYS } from '../triage/build-triage.js';

/**
 * The credit report (征信) is updated by lenders roughly once a month, so a settled debt usually shows
 * as settled within about 30 days. A reference date for a check, not a rule.
 */
export const CREDIT_REPORT_CHECK_DAYS = 30;

/** In the order reminders of the same day are listed: legal deadlines first, then money due. */
export const REMINDER_KINDS = [
  'payment_order_objection',
  'instalment_due',
  'certificate_follow_up',
  'credit_report_check',
  'contact_follow_up',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  date: CalendarDate;
  kind: ReminderKind;
  debtId: string;
  title: string;
  detail: string;
}

/** A debt's agreement as the reminders read it: each instalment with the day it was paid in full. */
interface ReminderAgreement {
  certificateDays: number;
  instalments: readonly { seq: number; dueOn: CalendarDate; amount: Fen; paidOn: CalendarDate | null }[];
}

export interface ReminderNegotiation {
  debtId: string;
  /** Oldest first: each state as recorded, with the day it was recorded. */
  events: readonly { state: NegotiationState; on: CalendarDate }[];
}

export interface ReminderInputs {
  caseFile: CaseFile;
  negotiation: readonly ReminderNegotiation[];
}

/** Once the certificate is in hand (or the whole thing is over), there is nothing left to chase. */
const NO_CERTIFICATE_CHASE = new Set<NegotiationState>([
  'certificate_received',
  'credit_checked',
  'broken',
  'failed',
]);

/** States in which the debt is paid off: its remaining instalments are no longer due. */
const PAID_OFF = new Set<NegotiationState>(['settled', 'certificate_received', 'credit_checked']);

/**
 * The dates to keep, derived from what is recorded: unpaid instalments, the payment-order objection
 * deadline, when to chase the settlement certificate, when to check the credit report, and the
 * follow-ups the person set on logged contacts. Titles and details are in Chinese; sorted by date.
 */
export function deriveReminders({ caseFile, negotiation }: ReminderInputs): Reminder[] {
  const reminders: Reminder[] = [];
  for (const debt of caseFile.debts) {
    const events = negotiation.find((entry) => entry.debtId === debt.id)?.events ?? [];
    const agreement = agreementOf(debt, caseFile.asOf);
    reminders.push(
      ...paymentOrderReminders(debt),
      ...instalmentReminders(debt, agreement, events),
      ...settlementReminders(debt, agreement, events),
      ...contactReminders(debt),
    );
  }
  const position = new Map(caseFile.debts.map((debt, index) => [debt.id, index]));
  return reminders.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
      (position.get(a.debtId) ?? 0) - (position.get(b.debtId) ?? 0) ||
      compareText(a.title, b.title) ||
      compareText(a.detail, b.detail),
  );
}

/**
 * The debt's agreement with its instalments read against its payments (ADR 0027). A recorded
 * payment is a fact even when it is dated after the analysis date, so it counts here: the
 * reminder for an instalment already paid must go.
 */
function agreementOf(debt: Debt, asOf: CalendarDate): ReminderAgreement | undefined {
  if (!debt.agreement) return undefined;
  const lastPayment = debt.payments
    .map((payment) => payment.date)
    .sort()
    .at(-1);
  const until = lastPayment !== undefined && lastPayment > asOf ? lastPayment : asOf;
  const progress = agreementProgress(debt.agreement, debt.payments, until);
  return {
    certificateDays: debt.agreement.terms.certificateDays,
    instalments: progress.instalments.map(({ seq, dueOn, amount, paidOn }) => ({
      seq,
      dueOn,
      amount,
      paidOn,
    })),
  };
}

function paymentOrderReminders(debt: Debt): Reminder[] {
  const received = debt.paymentOrderReceived;
  if (received === undefined) return [];
  const deadline = addDays(received, PAYMENT_ORDER_OBJECTION_DAYS);
  return [
    {
      date: deadline,
      kind: 'payment_order_objection',
      debtId: debt.id,
      title: `支付令异议截止：${debt.lender}`,
      detail:
        `你在${formatDate(received, 'zh')}收到${debt.lender}的支付令。自收到之日起${PAYMENT_ORDER_OBJECTION_DAYS}日内` +
        `（${formatDate(deadline, 'zh')}前）可以向发出支付令的法院提出书面异议；逾期不提出，支付令生效后可以被强制执行。` +
        '对金额有争议就写异议书，本工具可以生成。法律援助热线：12348。',
    },
  ];
}

function instalmentReminders(
  debt: Debt,
  agreement: ReminderAgreement | undefined,
  events: ReminderNegotiation['events'],
): Reminder[] {
  if (!agreement || PAID_OFF.has(currentNegotiationState(events))) return [];
  const count = agreement.instalments.length;
  const total = formatMoney(sumFen(agreement.instalments.map((instalment) => instalment.amount)), 'zh');
  return agreement.instalments
    .filter((instalment) => instalment.paidOn === null)
    .map((instalment) => {
      const amount = formatMoney(instalment.amount, 'zh');
      return {
        date: instalment.dueOn,
        kind: 'instalment_due' as const,
        debtId: debt.id,
        title: `还款：${debt.lender} 第${instalment.seq}/${count}期 ${amount}`,
        detail:
          `按还款协议（总额 ${total}，共 ${count} 期），${formatDate(instalment.dueOn, 'zh')}前应还 ${amount}。` +
          '只向协议约定的官方账户还款，不要转入个人账户；保留转账凭证，还款后在上岸里记下这笔还款。',
      };
    });
}

/**
 * The certificate clock starts when the debt is paid off: the day the last instalment was paid, or
 * the day the debt was recorded as settled, whichever came first. The credit-report check counts
 * from the certificate when there is one, else from the payoff.
 */
function settlementReminders(
  debt: Debt,
  agreement: ReminderAgreement | undefined,
  events: ReminderNegotiation['events'],
): Reminder[] {
  const state = currentNegotiationState(events);
  const reminders: Reminder[] = [];
  const paidOffOn = NO_CERTIFICATE_CHASE.has(state) ? undefined : payoffDate(agreement, state, events);
  if (paidOffOn !== undefined) {
    const days = agreement?.certificateDays ?? DEFAULT_CERTIFICATE_DAYS;
    reminders.push({
      date: addDays(paidOffOn, days),
      kind: 'certificate_follow_up',
      debtId: debt.id,
      title: `索要结清证明：${debt.lender}`,
      detail:
        `这笔借款在${formatDate(paidOffOn, 'zh')}还清，按约定${days}天内应出具结清证明（无债务证明）。` +
        `如果还没收到，请通过${debt.lender}的官方渠道索要，写明合同和结清日期，收到后妥善保存。`,
    });
  }
  const certificateOn = state === 'certificate_received' ? lastDateOf(events, state) : undefined;
  const checkFrom = certificateOn ?? paidOffOn;
  if (checkFrom !== undefined) {
    const basis =
      certificateOn !== undefined
        ? `你在${formatDate(certificateOn, 'zh')}拿到结清证明`
        : `这笔借款在${formatDate(checkFrom, 'zh')}还清`;
    reminders.push({
      date: addDays(checkFrom, CREDIT_REPORT_CHECK_DAYS),
      kind: 'credit_report_check',
      debtId: debt.id,
      title: `查征信（参考日期）：${debt.lender}`,
      detail:
        `${basis}。征信大约每月更新一次，${CREDIT_REPORT_CHECK_DAYS}天只是参考，晚一些也常见。` +
        '请通过中国人民银行征信中心（官网或银行网点）查询个人信用报告，确认这笔显示为已结清；' +
        `如果仍显示逾期或未结清，凭结清证明向${debt.lender}或征信中心提出异议。`,
    });
  }
  return reminders;
}

function payoffDate(
  agreement: ReminderAgreement | undefined,
  state: NegotiationState,
  events: ReminderNegotiation['events'],
): CalendarDate | undefined {
  const candidates: CalendarDate[] = [];
  const paidDates = agreement?.instalments.map((instalment) => instalment.paidOn) ?? [];
  // 'YYYY-MM-DD' sorts as text in date order.
  const lastPaid = paidDates.every((day): day is CalendarDate => day !== null)
    ? paidDates.sort().at(-1)
    : undefined;
  if (lastPaid !== undefined) candidates.push(lastPaid);
  const settledOn = state === 'settled' ? lastDateOf(events, 'settled') : undefined;
  if (settledOn !== undefined) candidates.push(settledOn);
  return candidates.sort()[0];
}

function contactReminders(debt: Debt): Reminder[] {
  return debt.contacts.flatMap((contact) => {
    if (contact.followUp === undefined) return [];
    const [day = '', time = ''] = contact.at.split('T');
    const promises = [
      contact.theyPromised ? `对方承诺：${contact.theyPromised}` : '',
      contact.iPromised ? `我承诺：${contact.iPromised}` : '',
    ].filter((line) => line !== '');
    return [
      {
        date: contact.followUp,
        kind: 'contact_follow_up' as const,
        debtId: debt.id,
        title: `跟进：${debt.lender}`,
        detail: [
          `${formatDate(day as CalendarDate, 'zh')} ${time} 的${CHANNEL_LABELS.zh[contact.channel]}联系约定在这天跟进。`,
          ...promises,
        ].join('\n'),
      },
    ];
  });
}

function lastDateOf(
  events: ReminderNegotiation['events'],
  state: NegotiationState,
): CalendarDate | undefined {
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index];
    if (event?.state === state) return event.on;
  }
  return undefined;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
