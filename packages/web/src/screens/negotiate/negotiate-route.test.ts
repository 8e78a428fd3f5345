import { describe, expect, it } from 'vitest';
import { negotiatePath, parseNegotiateRoute } from './negotiate-route';

describe('parseNegotiateRoute', () => {
  it('reads the board, the co-pilot and the log', () => {
    expect(parseNegotiateRoute('')).toEqual({ view: 'board' });
    expect(parseNegotiateRoute('bank-10k/call')).toEqual({ view: 'call', debtId: 'bank-10k' });
    expect(parseNegotiateRoute('bank-10k/log')).toEqual({ view: 'log', debtId: 'bank-10k' });
    expect(parseNegotiateRoute('bank-10k/agreement')).toEqual({ view: 'agreement', debtId: 'bank-10k' });
    expect(parseNegotiateRoute('bank-10k/offer')).toEqual({ view: 'offer', debtId: 'bank-10k' });
    expect(parseNegotiateRoute('bank-10k')).toEqual({ view: 'log', debtId: 'bank-10k' });
  });

  it('refuses what it does not know', () => {
    expect(parseNegotiateRoute('bank-10k/edit')).toEqual({ view: 'unknown' });
    expect(parseNegotiateRoute('bank-10k/log/extra')).toEqual({ view: 'unknown' });
    expect(parseNegotiateRoute('/log')).toEqual({ view: 'unknown' });
    expect(parseNegotiateRoute('%E0%A4%A/log')).toEqual({ view: 'unknown' });
  });

  it('builds paths that parse back', () => {
    expect(negotiatePath('a_1', 'call')).toBe('/negotiate/a_1/call');
    expect(parseNegotiateRoute(negotiatePath('a_1', 'log').slice('/negotiate/'.length))).toEqual({
      view: 'log',
      debtId: 'a_1',
    });
  });
});
