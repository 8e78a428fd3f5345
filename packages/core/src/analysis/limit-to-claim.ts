import type { SupportedAmount } from '../legal/supported-amount.js';
import { type Fen, fen } from '../money/fen.js';

/**
 * A court awards no more than is claimed (不告不理, legal.md §14 K1): where the computed figure is
 * above the claim, the claim is the figure, taken off interest first and then off principal.
 */
export function limitToClaim(
  amount: SupportedAmount,
  claimed: Fen | null,
): { amount: SupportedAmount; limited: boolean } {
  if (claimed === null || amount.supported <= claimed) return { amount, limited: false };
  const cut = amount.supported - claimed;
  const fromInterest = Math.min(cut, amount.interestOutstanding);
  return {
    amount: {
      ...amount,
      interestOutstanding: fen(amount.interestOutstanding - fromInterest),
      principalOutstanding: fen(amount.principalOutstanding - (cut - fromInterest)),
      supported: claimed,
    },
    limited: true,
  };
}
