import type { MessageText } from './message-text.js';
import type { Extracted } from './message-types.js';

/** Bracket words that head a message but name no sender. */
const NOT_A_SENDER =
  /^(重要|温馨|紧急|特别|最后|友情)?(提醒|提示|通知|告知|公告|催收通知|还款提醒|逾期提醒)$/;

/**
 * The sender's signature: 【…】 at the start or the end of the message, as Chinese SMS carry it
 * ("【招商银行】您的…" or "…回复TD退订【某某金融】"). A heading such as 【温馨提示】 is skipped.
 * Square brackets at the very start ("[某某银行]", how some phones show it) count, less surely.
 */
export function extractSignature(message: MessageText): Extracted<string> | null {
  const body = message.text.slice(message.bodyStart);
  const leading = /^\s*((?:【[^【】\n]{1,30}】\s*)+)/.exec(body);
  const trailing = /((?:【[^【】\n]{1,30}】\s*)+)$/.exec(body);
  for (const [group, confidence] of [
    [leading?.[1], 'high'],
    [trailing?.[1], 'high'],
  ] as const) {
    if (group === undefined) continue;
    const name = [...group.matchAll(/【([^【】]+)】/g)]
      .map((m) => (m[1] ?? '').trim())
      .find((inner) => inner !== '' && !NOT_A_SENDER.test(inner));
    if (name !== undefined) return { value: name, confidence };
  }
  const square = /^\s*\[([^[\]\n]{2,20})\]/.exec(body);
  if (square?.[1] && !NOT_A_SENDER.test(square[1].trim()))
    return { value: square[1].trim(), confidence: 'medium' };
  return null;
}
