/** Counts sign changes in a sequence of cash flows, ignoring zeros (Descartes' rule of signs). */
export function countSignChanges(values: readonly number[]): number {
  let changes = 0;
  let previous = 0;
  for (const value of values) {
    if (value === 0) continue;
    if (previous !== 0 && Math.sign(value) !== Math.sign(previous)) changes++;
    previous = value;
  }
  return changes;
}
