/**
 * The debts in the person's order (the custom strategy's, the case file's `plan.order`): those
 * listed, first paid first, then the rest in case-file order. An id listed twice counts where it
 * first appears and an unknown id is skipped; the case file refuses both (case-schema.ts), so this
 * matters only for a caller that builds its own order.
 */
export function orderDebtIds(debtIds: readonly string[], order: readonly string[]): string[] {
  const known = new Set(debtIds);
  const listed = [...new Set(order)].filter((id) => known.has(id));
  const placed = new Set(listed);
  return [...listed, ...debtIds.filter((id) => !placed.has(id))];
}
