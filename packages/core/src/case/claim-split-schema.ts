import { z } from 'zod';
import { moneyField } from './schema-primitives.js';

const part = () => moneyField({ min: 'nonnegative' }).optional();

/**
 * How the lender splits what it claims (本金 / 利息 / 违约金 / 分期手续费 / 年费 / 其他). Every part is
 * optional; the parts given must not add up to more than the total.
 */
export const claimSplitSchema = z.strictObject({
  principal: part(),
  interest: part(),
  /** 违约金 and 罚息 as the lender states them. */
  lateFees: part(),
  instalmentFees: part(),
  annualFees: part(),
  other: part(),
});

export type ClaimSplit = z.output<typeof claimSplitSchema>;
