/** Where inside the negotiate screen the person is: the board, a debt's call co-pilot, or its contact log. */
export type NegotiateRoute =
  | { view: 'board' }
  | { view: 'call'; debtId: string }
  | { view: 'log'; debtId: string }
  | { view: 'agreement'; debtId: string }
  | { view: 'offer'; debtId: string }
  | { view: 'unknown' };

/**
 * `''` → board, `d1/call` → co-pilot, `d1/log` (or just `d1`) → contact log, `d1/agreement` →
 * the repayment agreement, `d1/offer` → weighing the lender's offer; anything else is unknown.
 */
export function parseNegotiateRoute(rest: string): NegotiateRoute {
  if (rest === '') return { view: 'board' };
  const [debtId = '', view = 'log', ...extra] = rest.split('/').map(decodeSegment);
  if (debtId === '' || extra.length > 0) return { view: 'unknown' };
  if (view === 'call') return { view: 'call', debtId };
  if (view === 'log') return { view: 'log', debtId };
  if (view === 'agreement') return { view: 'agreement', debtId };
  if (view === 'offer') return { view: 'offer', debtId };
  return { view: 'unknown' };
}

/** The hash path of a negotiate sub-screen (debt ids are `[A-Za-z0-9_-]`, encoded all the same). */
export function negotiatePath(debtId: string, view: 'call' | 'log' | 'agreement' | 'offer'): string {
  return `/negotiate/${encodeURIComponent(debtId)}/${view}`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
