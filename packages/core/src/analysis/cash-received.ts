import type { Debt } from '../case/case-schema.js';
import { type Fen, fen, sumFen } from '../money/fen.js';

/**
 * The cash actually received (民法典 第670条): `received` when the person knows it, else the face
 * principal minus the fees listed as deducted upfront. `deducted` is the difference (砍头息).
 */
export function cashReceived(debt: Debt): { received: Fen; deducted: Fen } {
  const upfrontFees = sumFen(debt.fees.filter((f) => f.when === 'upfront').map((f) => f.amount));
  const received = debt.received ?? fen(Math.max(0, debt.principal - upfrontFees));
  return { received, deducted: fen(debt.principal - received) };
}
