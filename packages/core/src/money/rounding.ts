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

/**
 * Binary noise is relative to the size of the value: above 2^29 fen (about 5.4 million yuan) one
 * unit in the last place is already larger than BOUNDARY_TOLERANCE, so 639,994,351.5 fen computed as
 * 639994351.4999999 would round down. Allow a few dozen units in the last place as well; even at
 * the 100-billion-yuan parsing limit that is under 0.04 fen.
 */
const RELATIVE_TOLERANCE = 16 * Number.EPSILON;

/** Rounds a real number of fen to an integer number of fen by the named rule. */
export function roundToFen(value: number, rule: RoundingRule = DEFAULT_ROUNDING): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  const floor = Math.floor(magnitude);
  const fraction = magnitude - floor;
  const tolerance = Math.max(BOUNDARY_TOLERANCE, magnitude * RELATIVE_TOLERANCE);
  let rounded: number;
  switch (rule) {
    case 'halfUp':
      rounded = fraction >= 0.5 - tolerance ? floor + 1 : floor;
      break;
    case 'halfEven':
      if (Math.abs(fraction - 0.5) <= tolerance) rounded = floor % 2 === 0 ? floor : floor + 1;
      else rounded = fraction > 0.5 ? floor + 1 : floor;
      break;
    case 'down':
      rounded = fraction >= 1 - tolerance ? floor + 1 : floor;
      break;
    case 'up':
      rounded = fraction <= tolerance ? floor : floor + 1;
      break;
  }
  // `+ 0` turns -0 into 0.
  return sign * rounded + 0;
}
