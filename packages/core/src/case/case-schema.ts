import { z } from 'zod';
import { DAY_COUNTS } from '../dates/day-count.js';
import { LENDER_TYPES } from '../law/lender-type.js';
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
import { checkRateChoice, rateChoiceFields } from './rate-choice.js';
import { dateField, moneyField, rateField, textField } from './schema-primitives.js';

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

/** Shared with the schedule request: method, periods, frequency. */
export const methodField = z.enum(REPAYMENT_METHODS, {
  error: `应为 ${REPAYMENT_METHODS.join(' | ')} 之一 (must be one of these)`,
});
export const periodsField = z
  .number({ error: '应为整数 (expected a whole number)' })
  .int('应为整数 (expected a whole number)')
  .min(1, '至少 1 期 (at least 1 period)')
  .max(3650, '期数过多 (too many periods)');
export const frequencyField = z
  .enum(FREQUENCIES, { error: `应为 ${FREQUENCIES.join(' | ')} 之一 (must be one of these)` })
  .default('monthly');

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
  when: z.union([z.literal('upfront'), z.literal('per_period'), dateField()], {
    error: '应为 upfront、per_period 或日期 YYYY-MM-DD (expected upfront, per_period or a date)',
  }),
});

export const debtSchema = z
  .strictObject({
    id: z
      .string({ error: '应为文字 (expected text)' })
      .regex(
        /^[A-Za-z0-9_-]{1,64}$/,
        '只能用字母、数字、- 和 _，最多64个字符 (letters, digits, - and _, up to 64)',
      ),
    lender: textField(200),
    lenderType: z.enum(LENDER_TYPES, {
      error: `应为 ${LENDER_TYPES.join(' | ')} 之一 (must be one of these)`,
    }),
    contractDate: dateField(),
    principal: moneyField(),
    received: moneyField().optional(),
    terms: termsSchema.optional(),
    schedule: z.array(datedAmount).min(1, '至少一期 (at least one instalment)').max(3650).optional(),
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
    payments: z.array(datedAmount).max(10_000).default([]),
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
    status: z
      .enum(DEBT_STATUSES, { error: `应为 ${DEBT_STATUSES.join(' | ')} 之一 (must be one of these)` })
      .optional(),
    /** The day the person received a court payment order (支付令): the objection deadline runs from it. */
    paymentOrderReceived: dateField().optional(),
    /** The lender's official negotiation channel (客服电话 / APP内协商入口), as the person found it. */
    officialChannel: textField(200).optional(),
    contacts: z.array(contactSchema).max(10_000).default([]),
    notes: z.string().max(5000).optional(),
  })
  .superRefine((debt, ctx) => {
    if (debt.received !== undefined && debt.received > debt.principal) {
      ctx.addIssue({
        code: 'custom',
        path: ['received'],
        message: '到手金额不能大于合同本金 (received cannot exceed principal)',
      });
    }
    const notBeforeContract = (day: string | undefined, path: (string | number)[], message: string) => {
      if (day !== undefined && day < debt.contractDate) ctx.addIssue({ code: 'custom', path, message });
    };
    notBeforeContract(
      debt.claimed?.date,
      ['claimed', 'date'],
      '主张日期早于合同日期 (claim date is before the contract)',
    );
    notBeforeContract(
      debt.overdueSince,
      ['overdueSince'],
      '逾期开始日期早于合同日期 (overdue date is before the contract)',
    );
    notBeforeContract(
      debt.accelerated,
      ['accelerated'],
      '宣布提前到期日期早于合同日期 (acceleration date is before the contract)',
    );
    notBeforeContract(
      debt.card?.firstMissedDueDate,
      ['card', 'firstMissedDueDate'],
      '第一次未还的到期还款日早于开卡日期 (first missed due date is before the card was opened)',
    );
    if (debt.card !== undefined && debt.lenderType !== 'credit_card') {
      ctx.addIssue({
        code: 'custom',
        path: ['card'],
        message:
          '只有信用卡（lenderType 为 credit_card）才填写 card (card is only for lenderType credit_card)',
      });
    }
    const { firstMissedDueDate, lastDueDate } = debt.card ?? {};
    if (firstMissedDueDate !== undefined && lastDueDate !== undefined && lastDueDate < firstMissedDueDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['card', 'lastDueDate'],
        message: '最后的到期还款日早于第一次未还的到期还款日 (last due date is before the first missed one)',
      });
    }
    const split = debt.claimed?.split;
    if (debt.claimed && split) {
      const parts = Object.values(split).reduce((sum: number, part) => sum + (part ?? 0), 0);
      if (parts > debt.claimed.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['claimed', 'split'],
          message: '各部分之和大于对方主张的总额 (the parts add up to more than the total claimed)',
        });
      }
    }
    debt.limitationEvents.forEach((event, index) => {
      if (event.date < debt.contractDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['limitationEvents', index, 'date'],
          message: '日期早于合同日期 (dated before the contract)',
        });
      }
    });
    notBeforeContract(
      debt.paymentOrderReceived,
      ['paymentOrderReceived'],
      '收到支付令日期早于合同日期 (payment order date is before the contract)',
    );
    debt.payments.forEach((payment, index) => {
      if (payment.date < debt.contractDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['payments', index, 'date'],
          message: '还款日期早于合同日期 (payment is dated before the contract)',
        });
      }
    });
    debt.schedule?.forEach((row, index) => {
      if (row.date < debt.contractDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', index, 'date'],
          message: '还款计划日期早于合同日期 (instalment is dated before the contract)',
        });
      }
    });
  });

export const caseFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1, { error: '目前只支持 version 1 (only version 1 is supported)' }),
    asOf: dateField(),
    person: personSchema.optional(),
    budget: budgetSchema.optional(),
    circumstances: circumstancesSchema.optional(),
    debts: z.array(debtSchema).max(200, '最多200笔债务 (at most 200 debts)'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.debts.forEach((debt, index) => {
      if (seen.has(debt.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['debts', index, 'id'],
          message: `编号 ${debt.id} 重复 (duplicate id)`,
        });
      }
      seen.add(debt.id);
      if (debt.paymentOrderReceived !== undefined && debt.paymentOrderReceived > file.asOf) {
        ctx.addIssue({
          code: 'custom',
          path: ['debts', index, 'paymentOrderReceived'],
          message: '收到支付令日期晚于分析日期 asOf (payment order date is after asOf)',
        });
      }
      if (debt.contractDate > file.asOf) {
        ctx.addIssue({
          code: 'custom',
          path: ['debts', index, 'contractDate'],
          message: '合同日期晚于分析日期 asOf (contract date is after asOf)',
        });
      }
    });
  });

export type CaseFile = z.output<typeof caseFileSchema>;
export type Debt = z.output<typeof debtSchema>;
export type DebtTerms = z.output<typeof termsSchema>;
export type DebtFee = Debt['fees'][number];
export type CaseFileInput = z.input<typeof caseFileSchema>;
