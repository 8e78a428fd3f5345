import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGOTIATION_STATE_LABELS } from '../i18n/negotiation-labels.js';
import { canMove, isNegotiationState, NEGOTIATION_STATES, nextStates } from './negotiation-states.js';

const CHAIN = NEGOTIATION_STATES.slice(0, 10);

describe('canMove', () => {
  it('moves forward along the chain, skipping steps', () => {
    expect(canMove('not_started', 'contacted')).toBe(true);
    expect(canMove('offer_sent', 'agreed_written')).toBe(true);
    expect(canMove('not_started', 'credit_checked')).toBe(true);
    expect(canMove('settled', 'certificate_received')).toBe(true);
  });

  it('never moves backward along the chain, nor stays put', () => {
    expect(canMove('countered', 'offer_sent')).toBe(false);
    expect(canMove('paying', 'agreed_written')).toBe(false);
    expect(canMove('contacted', 'not_started')).toBe(false);
    expect(canMove('paying', 'paying')).toBe(false);
  });

  it('goes from any other state to broken or failed', () => {
    for (const from of NEGOTIATION_STATES) {
      expect(canMove(from, 'broken')).toBe(from !== 'broken');
      expect(canMove(from, 'failed')).toBe(from !== 'failed');
    }
  });

  it('restarts a broken agreement at contacted or offer_sent, and nowhere else on the chain', () => {
    expect(nextStates('broken')).toEqual(['contacted', 'offer_sent', 'failed']);
  });

  it('leaves failed only for broken (from which a restart is possible)', () => {
    expect(nextStates('failed')).toEqual(['broken']);
  });

  it('never lets anything go back to not_started', () => {
    fc.assert(fc.property(fc.constantFrom(...NEGOTIATION_STATES), (from) => !canMove(from, 'not_started')));
  });

  it('on the chain, a move is allowed exactly when it goes forward', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHAIN), fc.constantFrom(...CHAIN), (from, to) => {
        expect(canMove(from, to)).toBe(CHAIN.indexOf(to) > CHAIN.indexOf(from));
      }),
    );
  });

  it('recognises state names', () => {
    expect(isNegotiationState('agreed_verbal')).toBe(true);
    expect(isNegotiationState('done')).toBe(false);
  });

  it('has a label for every state in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(Object.keys(NEGOTIATION_STATE_LABELS[lang]).sort()).toEqual([...NEGOTIATION_STATES].sort());
    }
  });
});
