import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveDebt } from './move-debt';

describe('moveDebt', () => {
  it('swaps a debt with its neighbour, and leaves the ends where they are', () => {
    expect(moveDebt(['a', 'b', 'c'], 2, 'up')).toEqual(['a', 'c', 'b']);
    expect(moveDebt(['a', 'b', 'c'], 0, 'down')).toEqual(['b', 'a', 'c']);
    expect(moveDebt(['a', 'b', 'c'], 0, 'up')).toEqual(['a', 'b', 'c']);
    expect(moveDebt(['a', 'b', 'c'], 2, 'down')).toEqual(['a', 'b', 'c']);
  });

  it('property: the same debts, the moved one one place over, and down undoes up', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 20 }), fc.nat(), (order, pick) => {
        const index = pick % order.length;
        const up = moveDebt(order, index, 'up');
        expect([...up].sort()).toEqual([...order].sort());
        if (index > 0) {
          expect(up[index - 1]).toBe(order[index]);
          expect(moveDebt(up, index - 1, 'down')).toEqual(order);
        } else {
          expect(up).toEqual(order);
        }
      }),
    );
  });
});
