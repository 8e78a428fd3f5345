/**
 * When the review sends the person to the question that owns a problem, that question shows its
 * message at once instead of waiting for "下一步". One pending target at a time, taken on arrival.
 */
let pending: string | undefined;

export function sendToQuestion(debtId: string, question: string): void {
  pending = `${debtId}/${question}`;
}

export function takeSentTo(debtId: string, question: string): boolean {
  const sent = pending === `${debtId}/${question}`;
  if (sent) pending = undefined;
  return sent;
}
