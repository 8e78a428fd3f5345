import type { Fen } from '../money/fen.js';
import { parseMoney } from '../money/parse-money.js';
import type { MessageText } from './message-text.js';
import type { Extracted, ExtractionConfidence } from './message-types.js';

const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
/** "¥1,234.56", "人民币1234元", "1.2万元", "3000元", "RMB 500". */
const AMOUNT = new RegExp(
  `(?:(¥|RMB|CNY|人民币)\\s*${NUMBER}\\s*(万元|万|元)?|${NUMBER}\\s*(万元|万|元|块))`,
  'gi',
);
/** Words just before an amount that say it is what is owed (surest first). */
const OWED =
  /(欠款|欠费|应还|待还|需还|未还|逾期金额|逾期本息|逾期款项?|本息合计|合计|共计|总计|总额|全额|剩余应还|欠|拖欠)[^\d¥]{0,8}$/;
const RELATED = /(金额|还款|账单|结清|本金|利息|费用|一次性|只需|仅需|减免后)[^\d¥]{0,8}$/;

/**
 * The amount owed that the message states, in exact fen, read with the core's money parser
 * (thousands separators, 万, full-width digits already folded). An amount right after 欠款 / 应还 /
 * 逾期金额 is sure; one after 还款 / 账单 likely; a bare "3000元" is a guess. Numbers that are not
 * money (dates, phone numbers, codes) never match: a currency sign or unit is required.
 */
export function extractAmount(message: MessageText): Extracted<Fen> | null {
  const body = message.text.slice(message.bodyStart);
  let best: (Extracted<Fen> & { rank: number }) | null = null;
  for (const match of body.matchAll(AMOUNT)) {
    const [, prefix, prefixedNumber, prefixedUnit, bareNumber, bareUnit] = match;
    const number = prefixedNumber ?? bareNumber ?? '';
    const unit = prefixedUnit ?? bareUnit ?? '';
    // "5天" is excluded by the pattern; "95588" has no unit; "1,234.56" needs ¥ or 元.
    const parsed = parseMoney(`${number}${unit.startsWith('万') ? '万' : ''}`);
    if (!parsed.ok || parsed.value <= 0) continue;
    const before = body.slice(Math.max(0, match.index - 14), match.index);
    const confidence: ExtractionConfidence = OWED.test(before)
      ? 'high'
      : RELATED.test(before) || prefix !== undefined
        ? 'medium'
        : 'low';
    const rank = { high: 3, medium: 2, low: 1 }[confidence];
    if (best === null || rank > best.rank) best = { value: parsed.value, confidence, rank };
  }
  return best === null ? null : { value: best.value, confidence: best.confidence };
}
