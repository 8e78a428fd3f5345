import { KNOWN_PLATFORMS } from './known-platforms.js';
import type { MessageText } from './message-text.js';
import type { Extracted } from './message-types.js';

/** A signature that names a lender: a bank, a consumer-finance or microloan firm, a lending app. */
const LENDER_WORD = /银行|金融|消费|消金|小贷|贷|借|花|钱包|信用卡|白条|金条|分期|信托|保险|钱|呗/;
/** A signature that names a collection agency, a law firm or an authority: not the lender. */
const NOT_LENDER_WORD =
  /律师|律所|事务所|资产|商务|咨询|调解|法务|催收|信息|科技服务|外包|法院|公安|警|仲裁|司法|政府|检察|执行局|委员会/;
/** A lender's name in the text: "某某银行", "某某消费金融", "某某小贷", "某某信用卡中心". */
const LENDER_NAME =
  /([\u4e00-\u9fa5A-Za-z0-9]{1,12}?(?:银行(?:信用卡中心)?|消费金融(?:有限公司|公司)?|小额贷款(?:有限公司|公司)?|小贷(?:公司)?))/g;
/** "您在某某平台的借款", "您于某某APP申请的", "您的某某借款". */
const PLATFORM_PHRASE =
  /(?:在|于|通过|使用|您的|你的|名下)([\u4e00-\u9fa5A-Za-z0-9]{2,10}?)(?:平台|APP|App|app|上|账户)?(?:的|申请|办理|借款|贷款|欠款|账单)/g;
/** Words that are left on the front of a name by the patterns above. */
const LEADING_FILLER =
  /^(?:尊敬的|亲爱的|客户|用户|您好|你好|您|你|的|在|于|是|欠|向|对|关于|目前|当前|已经|已|本|贵|逾期|欠款|借款|名下|通过|使用|申请|办理|委托|受|我司|我们|这里|我)+/;
const GENERIC_NAME = /^(?:我行|本行|银行|贷款|借款|平台|APP|该|此|相关|有关|消费金融|小额贷款|小贷)$/i;

/**
 * The platform or lender the message is about. A signature that names a lender is the surest
 * source; when the sender is a collection agency or a law firm (or styles itself as an authority),
 * the lender is looked for in the text: a well-known platform, a name ending in 银行 / 消费金融 /
 * 小额贷款, or "您在某某平台的借款".
 */
export function extractLender(
  message: MessageText,
  signature: Extracted<string> | null,
): Extracted<string> | null {
  if (signature && LENDER_WORD.test(signature.value) && !NOT_LENDER_WORD.test(signature.value)) {
    return { value: signature.value, confidence: signature.confidence };
  }
  const body = message.text.slice(message.bodyStart);
  const known = KNOWN_PLATFORMS.find((name) => body.toLowerCase().includes(name.toLowerCase()));
  if (known !== undefined) return { value: known, confidence: 'high' };
  for (const match of body.matchAll(LENDER_NAME)) {
    const name = cleanName(match[1] ?? '');
    if (name !== null && !(signature && name === signature.value))
      return { value: name, confidence: 'medium' };
  }
  for (const match of body.matchAll(PLATFORM_PHRASE)) {
    const name = cleanName(match[1] ?? '');
    if (name !== null && name.length >= 2) return { value: name, confidence: 'low' };
  }
  return null;
}

function cleanName(raw: string): string | null {
  const name = raw.replace(LEADING_FILLER, '').trim();
  if (name.length < 2 || GENERIC_NAME.test(name) || /^\d+$/.test(name)) return null;
  return name;
}
