/**
 * An amount of money in integer fen (分, 1/100 yuan). Never a float: every amount the product shows
 * or stores is a safe integer number of fen. A JS number holds integers exactly up to 2^53, i.e.
 * about 90 trillion yuan — far beyond any personal debt.
 */
export type Fen = number & { readonly __brand: 'Fen' };

/** Wraps an integer count of fen; throws on a non-integer (a bug, not bad input). */
export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer number of fen: ${value}`);
  return value as Fen;
}

export const ZERO_FEN = fen(0);

/** Sums amounts in fen. */
export function sumFen(amounts: Iterable<Fen>): Fen {
  let total = 0;
  for (const amount of amounts) total += amount;
  return fen(total);
}

export function addFen(a: Fen, b: Fen): Fen {
  return fen(a + b);
}

export function subtractFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

export function minFen(a: Fen, b: Fen): Fen {
  return a < b ? a : b;
}

export function maxFen(a: Fen, b: Fen): Fen {
  return a > b ? a : b;
}
