import type { ContactChannel } from '../case/contact-schema.js';
import type { MessageText } from './message-text.js';
import type { Extracted, MessageFlag, MessageKind } from './message-types.js';

/** Signs that a debt is actually overdue (not "以免逾期", which every reminder says). */
const OVERDUE =
  /已逾期|逾期\s*\d|逾期未还|逾期欠款|逾期金额|逾期账单|已经逾期|仍未还款|尚未还款|未按时还款|拖欠|欠款|催收|贷后|违约|立即还款|尽快还款|马上还款|尽快处理|处理欠款|协商还款|欠费/;
const VERIFICATION = /验证码|校验码|动态码|动态密码|短信密码|verification code/i;
const REMINDER =
  /本期账单|账单金额|账单已出|本月账单|应还金额|应还款额|到期还款日|最后还款日|最低还款|还款日|自动扣款|自动还款|按时还款|即将到期|将于.{0,12}扣款|余额充足/;
const MARKETING =
  /退订|回T|回TD|拒收请回复|拒收回复|优惠|福利|领取|提额|额度(?:已)?(?:提升|提高|上调)|最高可借|免息券|限时|邀请您|抽奖|活动|秒到账|利率低至|恭喜/i;
/** A call the person describes: "来电", "通话", "打来电话说". */
const CALL =
  /来电|通话|电话里|电话中|接到.{0,6}电话|打来|打电话(?:给我|来)|致电我|语音电话|录音|挂断|对方(?:说|称|自称|表示)/;
const APP = /APP(?:消息|通知|推送)|站内信|消息中心|推送/i;
const WECHAT = /微信(?:消息|上|里|发来)|企业微信/;

/**
 * What the message is. Ordinary notices — a verification code, an advert, a repayment reminder —
 * are recognised only when nothing in them says the debt is overdue and no sure flag was raised:
 * a "reminder" that threatens a visit is a collection message.
 */
export function classifyMessage(
  message: MessageText,
  signature: Extracted<string> | null,
  flags: readonly MessageFlag[],
): { kind: Extracted<MessageKind>; channel: Extracted<ContactChannel> } {
  const body = message.text.slice(message.bodyStart);
  const channel = readChannel(body, signature);
  // An advert for "征信修复" is still an advert; its flag stays, but it is no collection message.
  const collectionSign =
    OVERDUE.test(body) ||
    flags.some((flag) => flag.confidence === 'high' && flag.code !== 'credit_repair_scam');
  let kind: Extracted<MessageKind>;
  if (collectionSign) {
    kind =
      channel.value === 'phone'
        ? { value: 'call_summary', confidence: 'high' }
        : { value: 'collection', confidence: 'high' };
  } else if (VERIFICATION.test(body) && /\d{4,8}/.test(body)) {
    kind = { value: 'verification_code', confidence: 'high' };
  } else if (REMINDER.test(body)) {
    kind = { value: 'repayment_reminder', confidence: 'high' };
  } else if (MARKETING.test(body)) {
    kind = { value: 'marketing', confidence: 'medium' };
  } else if (channel.value === 'phone') {
    kind = { value: 'call_summary', confidence: 'medium' };
  } else if (flags.length > 0) {
    kind = { value: 'collection', confidence: 'medium' };
  } else {
    kind = { value: 'other', confidence: 'low' };
  }
  return { kind, channel };
}

function readChannel(body: string, signature: Extracted<string> | null): Extracted<ContactChannel> {
  if (CALL.test(body) && signature === null) return { value: 'phone', confidence: 'high' };
  if (WECHAT.test(body)) return { value: 'wechat', confidence: 'medium' };
  if (APP.test(body)) return { value: 'app', confidence: 'medium' };
  if (signature !== null) return { value: 'sms', confidence: 'high' };
  // Pasted text without a signature is most often an SMS or an app message: the person checks.
  return { value: 'sms', confidence: 'low' };
}
