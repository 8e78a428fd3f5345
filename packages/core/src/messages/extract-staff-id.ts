import type { MessageText } from './message-text.js';
import type { Extracted } from './message-types.js';

/** "工号:A1024", "工号为 8831", "员工编号 HZ-203". A 工号 label is sure; 编号 / 坐席 less so. */
const STAFF_ID =
  /(工号|员工号|员工编号|坐席号|坐席|专员编号|催收员编号|(?<![同单据件证务号款])编号)\s*(?:[:#]|为|是)?\s*([A-Za-z]{0,4}-?\d{2,10}[A-Za-z]{0,2})(?![\d])/;

/** The collector's staff id (工号), as the message or the call summary gives it. */
export function extractStaffId(message: MessageText): Extracted<string> | null {
  const match = STAFF_ID.exec(message.text.slice(message.bodyStart));
  if (!match?.[2]) return null;
  return {
    value: match[2],
    confidence: match[1]?.includes('工号') || match[1] === '员工编号' ? 'high' : 'medium',
  };
}
