import { z } from 'zod';
import { DAY_COUNTS } from '../dates/day-count.js';
import { LENDER_TYPES } from '../law/lender-type.js';
import { agreementSchema } from '../negotiation/agreement-schema.js';
import { FREQUENCIES, REPAYMENT_METHODS } from '../schedule/schedule-types.js';
import { budgetSchema } from './budget-schema.js';
import { cardSchema } from './card-schema.js';
import { circumstancesSchema } from './circumstances-schema.js';
import { claimSplitSchema } from './claim-split-schema.js';
import { contactSchema } from './contact-schema.js';
import { creditorChangeSchema } from './creditor-change-schema.js';
import { limitationEventSchema } from './limitation-event-schema.js';
import { offerSchema } from './offer-schema.js';
import { personSchema } from './person-schema.js';
import { planChoicesSchema } from './plan-choices-schema.js';
import { checkRateChoice, rateChoiceFields } from './rate-choice.js';
import { dateField, moneyField, rateField, textField, wholeNumberField } from './schema-primitives.js';
import { issueAt, says } from './state-issue.js';

/**
 * Where the debt stands: current (paying as agreed), overdue, collection (a collector is calling),
 * lawsuit (sued), payment_order (a court payment order, 支付令, was received), judgment.
 */
export const DEBT_STATUSES = [
  'current',
  'overdue',
  'collection',
  'lawsuit',
  'payment_order',
  'judgment',
] as const;
export type DebtStatus = (typeof DEBT_STATUSES)[number];

const datedAmount = z.strictObject({ date: dateField(), amount: moneyField() });

/** How a payment was made: the receipt to look for (转账凭证, APP 还款记录, 支付宝/微信账单). */
export const PAYMENT_CHANNELS = ['bank_transfer', 'app', 'alipay', 'wechat', 'cash', 'other'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

/** A payment actually made: the only record of money paid (ADR 0027). */
const paymentSchema = z.strictObject({
  date: dateField(),
  amount: moneyField(),
  channel: z.enum(PAYMENT_CHANNELS).optional(),
});

/** Shared with the schedule request: method, periods, frequency. */
export const methodField = z.enum(REPAYMENT_METHODS);
export const periodsField = wholeNumberField().min(1).max(3650);
export const frequencyField = z.enum(FREQUENCIES).default('monthly');

const termsSchema = z
  .strictObject({
    method: methodField,
    periods: periodsField,
    frequency: frequencyField,
    ...rateChoiceFields,
    firstDueDate: dateField().optional(),
    dayCount: z.enum(DAY_COUNTS).optional(),
  })
  .superRefine(checkRateChoice);

const feeSchema = z.strictObject({
  name: textField(100),
  amount: moneyField(),
  when: z.union(
    [z.literal('upfront'), z.literal('per_period'), dateField()],
    says({ code: 'wrong_type', params: { expected: 'fee_timing' } }),
  ),
});

export const debtSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, says({ code: 'invalid_debt_id', params: {} })),
    lender: textField(200),
    lenderType: z.enum(LENDER_TYPES),
    contractDate: dateField(),
    principal: moneyField(),
    received: moneyField().optional(),
    terms: termsSchema.optional(),
    schedule: z.array(datedAmount).min(1).max(3650).optional(),
    fees: z.array(feeSchema).max(100).default([]),
    overdue: z
      .strictObject({
        /** 罚息: the extra daily rate on overdue amounts, on top of the contract rate. */
        penaltyDailyRate: rateField({ max: 0.5 }).optional(),
        /** 违约金 charged, as amounts on their dates: its own item, never folded into a rate. */
        lateFees: z.array(datedAmount).max(1000).optional(),
      })
      .optional(),
    overdueSince: dateField().optional(),
    /** The day the lender declared the whole loan due (宣布提前到期); from then charges run on all of it. */
    accelerated: dateField().optional(),
    payments: z.array(paymentSchema).max(10_000).default([]),
    claimed: z
      .strictObject({
        date: dateField(),
        total: moneyField({ min: 'nonnegative' }),
        split: claimSplitSchema.optional(),
      })
      .optional(),
    /** 合同编号 / 借据号 and the loan or repayment account, as the lender's papers show them. */
    contractNumber: textField(100).optional(),
    account: textField(100).optional(),
    card: cardSchema.optional(),
    /** Acknowledgements, demands, suits and the like that interrupt limitation. */
    limitationEvents: z.array(limitationEventSchema).max(1000).default([]),
    creditorChange: creditorChangeSchema.optional(),
    offers: z.array(offerSchema).max(200).default([]),
    /** The written repayment agreement, once signed: it fixes what is paid and when (ADR 0027). */
    agreement: agreementSchema.optional(),
    status: z.enum(DEBT_STATUSES).optional(),
    /** The day the person received a court payment order (支付令): the objection deadline runs from it. */
    paymentOrderReceived: dateField().optional(),
    /** The lender's official negotiation channel (客服电话 / APP内协商入口), as the person found it. */
    officialChannel: textField(200).optional(),
    contacts: z.array(contactSchema).max(10_000).default([]),
    notes: z.string().max(5000).optional(),
  })
  .superRefine((debt, ctx) => {
    if (debt.received !== undefined && debt.received > debt.principal) {
      ctx.addIssue(issueAt({ code: 'received_above_principal', params: {} }, ['received']));
    }
    const beforeContract = { code: 'before_contract', params: { contractDate: debt.contractDate } } as const;
    const notBeforeContract = (day: string | undefined, path: (string | number)[]) => {
      if (day !== undefined && day < debt.contractDate) ctx.addIssue(issueAt(beforeContract, path));
    };
    notBeforeContract(debt.claimed?.date, ['claimed', 'date']);
    notBeforeContract(debt.overdueSince, ['overdueSince']);
    notBeforeContract(debt.accelerated, ['accelerated']);
    const firstMissed = debt.card?.firstMissedDueDate;
    if (firstMissed !== undefined && firstMissed < debt.contractDate) {
      ctx.addIssue(
        issueAt({ code: 'before_card_opened', params: { opened: debt.contractDate } }, [
          'card',
          'firstMissedDueDate',
        ]),
      );
    }
    if (debt.card !== undefined && debt.lenderType !== 'credit_card') {
      ctx.addIssue(issueAt({ code: 'card_needs_credit_card', params: {} }, ['card']));
    }
    const { firstMissedDueDate, lastDueDate } = debt.card ?? {};
    if (firstMissedDueDate !== undefined && lastDueDate !== undefined && lastDueDate < firstMissedDueDate) {
      ctx.addIssue(
        issueAt({ code: 'before_first_missed_due', params: { firstMissedDueDate } }, ['card', 'lastDueDate']),
      );
    }
    const split = debt.claimed?.split;
    if (debt.claimed && split) {
      const parts = Object.values(split).reduce((sum: number, part) => sum + (part ?? 0), 0);
      if (parts > debt.claimed.total) {
        ctx.addIssue(
          issueAt({ code: 'claim_parts_above_total', params: { parts, total: debt.claimed.total } }, [
            'claimed',
            'split',
          ]),
        );
      }
    }
    debt.limitationEvents.forEach((event, index) => {
      notBeforeContract(event.date, ['limitationEvents', index, 'date']);
    });
    notBeforeContract(debt.paymentOrderReceived, ['paymentOrderReceived']);
    debt.payments.forEach((payment, index) => {
      notBeforeContract(payment.date, ['payments', index, 'date']);
    });
    debt.schedule?.forEach((row, index) => {
      notBeforeContract(row.date, ['schedule', index, 'date']);
    });
    notBeforeContract(debt.agreement?.signedOn, ['agreement', 'signedOn']);
    debt.agreement?.instalments.forEach((instalment, index) => {
      notBeforeContract(instalment.dueOn, ['agreement', 'instalments', index, 'dueOn']);
    });
  });

export const caseFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1, says({ code: 'unsupported_version', params: { supported: 1 } })),
    asOf: dateField(),
    person: personSchema.optional(),
    budget: budgetSchema.optional(),
    circumstances: circumstancesSchema.optional(),
    /** The person's choices for the plan: the custom strategy's creditor order. */
    plan: planChoicesSchema.optional(),
    debts: z.array(debtSchema).max(200),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    const afterAsOf = { code: 'after_as_of', params: { asOf: file.asOf } } as const;
    file.debts.forEach((debt, index) => {
      if (seen.has(debt.id)) {
        ctx.addIssue(issueAt({ code: 'duplicate_id', params: { id: debt.id } }, ['debts', index, 'id']));
      }
      seen.add(debt.id);
      if (debt.paymentOrderReceived !== undefined && debt.paymentOrderReceived > file.asOf) {
        ctx.addIssue(issueAt(afterAsOf, ['debts', index, 'paymentOrderReceived']));
      }
      if (debt.contractDate > file.asOf) {
        ctx.addIssue(issueAt(afterAsOf, ['debts', index, 'contractDate']));
      }
    });
    const ordered = new Set<string>();
    file.plan?.order.forEach((id, index) => {
      const path = ['plan', 'order', index];
      if (!seen.has(id)) {
        ctx.addIssue(issueAt({ code: 'unknown_debt', params: { id, known: [...seen] } }, path));
      } else if (ordered.has(id)) {
        ctx.addIssue(issueAt({ code: 'duplicate_id', params: { id } }, path));
      }
      ordered.add(id);
    });
  });

export type CaseFile = z.output<typeof caseFileSchema>;
export type Debt = z.output<typeof debtSchema>;
export type DebtTerms = z.output<typeof termsSchema>;
export type DebtFee = Debt['fees'][number];
export type CaseFileInput = z.input<typeof caseFileSchema>;
