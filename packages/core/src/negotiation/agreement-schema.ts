import { z } from 'zod';
import { dateField, moneyField, textField, wholeNumberField } from '../case/schema-primitives.js';
import { issueAt } from '../case/state-issue.js';
import { sumFen } from '../money/fen.js';

/**
 * Days a lender usually promises for the settlement certificate (结清证明) after the last payment.
 * Practice, not law: the person records what their own agreement says.
 */
export const DEFAULT_CERTIFICATE_DAYS = 15;

/** At most five years of monthly instalments, the longest plan the planner proposes, with slack. */
export const MAX_INSTALMENTS = 120;

/** The longest notes on an agreement's terms, in characters. */
export const MAX_AGREEMENT_NOTES_LENGTH = 5000;

const agreementTermsSchema = z.strictObject({
  /** What the lender gave up (interest, penalties, part of the principal), for the record. */
  waived: moneyField({ min: 'nonnegative' }).optional(),
  notes: textField(MAX_AGREEMENT_NOTES_LENGTH).optional(),
  certificateDays: wholeNumberField().min(0).max(365).default(DEFAULT_CERTIFICATE_DAYS),
  /**
   * Days after a due date before a short payment counts as missed (宽限期), as the agreement states.
   * None by default: many agreements treat one day late as a default.
   */
  graceDays: wholeNumberField().min(0).max(30).default(0),
});

const agreementInstalmentSchema = z.strictObject({ dueOn: dateField(), amount: moneyField() });

/**
 * A repayment agreement with a lender, as the person records it: the total they will pay and the
 * instalments that make it up. The instalments must add up to the total to the fen, and come in
 * date order, so the schedule in the app is exactly the one on paper.
 */
export const agreementSchema = z
  .strictObject({
    signedOn: dateField().optional(),
    total: moneyField(),
    // prefault, not default: an omitted terms object is parsed, so certificateDays gets its default.
    terms: agreementTermsSchema.prefault({}),
    instalments: z
      .array(agreementInstalmentSchema)
      .min(1)
      .max(MAX_INSTALMENTS)
      // On the array rather than the agreement, so it is reported even when another field is wrong.
      .superRefine((instalments, ctx) => {
        instalments.forEach((instalment, index) => {
          const previous = instalments[index - 1];
          if (previous && instalment.dueOn <= previous.dueOn) {
            ctx.addIssue(
              issueAt({ code: 'not_after_previous', params: { previous: previous.dueOn } }, [index, 'dueOn']),
            );
          }
        });
      }),
  })
  .superRefine((agreement, ctx) => {
    const sum = sumFen(agreement.instalments.map((instalment) => instalment.amount));
    // No instalments is reported by .min(1) already; a second message about the sum would be noise.
    if (agreement.instalments.length > 0 && sum !== agreement.total) {
      ctx.addIssue(
        issueAt({ code: 'instalments_sum_mismatch', params: { sum, total: agreement.total } }, [
          'instalments',
        ]),
      );
    }
  });

export type Agreement = z.output<typeof agreementSchema>;
export type AgreementInput = z.input<typeof agreementSchema>;
export type AgreementTerms = Agreement['terms'];
