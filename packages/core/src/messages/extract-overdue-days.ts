import type { MessageText } from './message-text.js';
import type { Extracted } from './message-types.js';

/** "已逾期35天", "逾期天数:35", "逾期第35天", "逾期达35日", "拖欠35天". */
const OVERDUE_DAYS = /(?:逾期|拖欠|欠款)(?:已经|已|达到|达|了|第|天数)?\s*:?\s*(\d{1,4})\s*(?:天|日)(?!内)/;
/** "35天未还", "超期35天". */
const DAYS_UNPAID =
  /(?:超期|已超)\s*(\d{1,4})\s*(?:天|日)|(\d{1,4})\s*(?:天|日)(?:仍)?未(?:还|归还|还款|处理)/;

/** How many days overdue the message says, when it says so in days. */
export function extractOverdueDays(message: MessageText): Extracted<number> | null {
  const body = message.text.slice(message.bodyStart);
  const explicit = OVERDUE_DAYS.exec(body);
  if (explicit?.[1]) return { value: Number(explicit[1]), confidence: 'high' };
  const implied = DAYS_UNPAID.exec(body);
  const days = implied?.[1] ?? implied?.[2];
  return days === undefined ? null : { value: Number(days), confidence: 'medium' };
}
