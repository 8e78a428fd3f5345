/**
 * Named rounding rules from a real-valued amount of fen to an integer number of fen.
 * Every rounding in the product names its rule; the default is half-up (四舍五入).
 */
export type RoundingRule = 'halfUp' | 'halfEven' | 'down' | 'up';

export const DEFAULT_ROUNDING: RoundingRule = 'halfUp';

/**
 * Products like balance × rate carry binary noise (1234.5 may arrive as 1234.4999999999998).
 * Values within this many fen of a .5 boundary are treated as exactly on it, so half-up
 * rounds them up as a person with a calculator would. It is far below one fen.
 */
const BOUNDARY_TOLERANCE = 1e-7;

/** Rounds a real number of fen to an integer number of fen by the named rule. */
export function roundToFen(value: number, rule: RoundingRule = DEFAULT_ROUNDING): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  const floor = Math.floor(magnitude);
  const fraction = magnitude - floor;
  let rounded: number;
  switch (rule) {
    case 'halfUp':
      rounded = fraction >= 0.5 - BOUNDARY_TOLERANCE ? floor + 1 : floor;
      break;
    case 'halfEven':
      if (Math.abs(fraction - 0.5) <= BOUNDARY_TOLERANCE) rounded = floor % 2 === 0 ? floor : floor + 1;
      else rounded = fraction > 0.5 ? floor + 1 : floor;
      break;
    case 'down':
      rounded = fraction >= 1 - BOUNDARY_TOLERANCE ? floor + 1 : floor;
      break;
    case 'up':
      rounded = fraction <= BOUNDARY_TOLERANCE ? floor : floor + 1;
      break;
  }
  // `+ 0` turns -0 into 0.
  return sign * rounded + 0;
}
