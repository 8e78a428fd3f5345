import type { MessageText } from './message-text.js';
import type { Extracted, ExtractionConfidence } from './message-types.js';

/**
 * Phone numbers as messages write them: mobiles ("13800138000", "138-0013-8000"), landlines with
 * an area code ("021-12345678"), 400/800 numbers, and short service numbers (95xxx, 96xxx, 10xxx)
 * — the short ones only next to a call word, since a bare five-digit number may be anything.
 * Never part of a longer run of digits (card or contract numbers) or an amount.
 */
const NUMBERS: readonly { pattern: RegExp; needsCallWord: boolean }[] = [
  { pattern: /(?<![\d.])1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![\d.]|\s*元)/g, needsCallWord: false },
  { pattern: /(?<![\d.])0\d{2,3}-?\d{7,8}(?![\d.]|\s*元)/g, needsCallWord: false },
  { pattern: /(?<![\d.])[48]00[-\s]?\d{3}[-\s]?\d{4}(?![\d.]|\s*元)/g, needsCallWord: false },
  {
    pattern: /(?<![\d.])(?:95\d{3,6}|96\d{3,5}|10\d{3,4})(?![\d.]|\s*(?:元|万|天|日|%))/g,
    needsCallWord: true,
  },
];
const CALL_WORD = /(回电|回拨|致电|拨打|来电|电话|热线|客服|联系|专线|手机|号码|call|tel)[^\d]{0,8}$/i;

/**
 * The number the message asks the person to call back. A number right after 回电 / 致电 / 联系电话
 * is sure; another full number in the text is likely the one. Digits are kept, separators dropped.
 */
export function extractCallbackNumber(message: MessageText): Extracted<string> | null {
  const body = message.text.slice(message.bodyStart);
  let best: { value: string; confidence: ExtractionConfidence; at: number } | null = null;
  for (const { pattern, needsCallWord } of NUMBERS) {
    for (const match of body.matchAll(pattern)) {
      const before = body.slice(Math.max(0, match.index - 12), match.index);
      const called = CALL_WORD.test(before);
      if (needsCallWord && !called) continue;
      const candidate = {
        value: match[0].replace(/[-\s]/g, ''),
        confidence: (called ? 'high' : 'medium') as ExtractionConfidence,
        at: match.index,
      };
      if (
        best === null ||
        (candidate.confidence === 'high' && best.confidence !== 'high') ||
        (candidate.confidence === best.confidence && candidate.at < best.at)
      ) {
        best = candidate;
      }
    }
  }
  return best === null ? null : { value: best.value, confidence: best.confidence };
}
