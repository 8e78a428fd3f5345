export type Direction = 'up' | 'down';

/** `order` with the debt at `index` moved one place up or down; at either end it stays. */
export function moveDebt(order: readonly string[], index: number, direction: Direction): string[] {
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || index >= order.length || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}
