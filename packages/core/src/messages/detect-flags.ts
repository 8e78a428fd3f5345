import { flagBasis } from './flag-basis.js';
import { FLAG_RULES, isNegated } from './flag-rules.js';
import type { MessageText } from './message-text.js';
import type { Extracted, MessageFlag, MessageFlagCode } from './message-types.js';

/** A signature naming a court, the police or another authority: the message speaks as one. */
const AUTHORITY_SIGNATURE = /法院|法庭|公安|警|检察|仲裁|司法|执行局|政府|派出所/;
const RANK = { high: 3, medium: 2, low: 1 } as const;
/** The rules with global patterns, compiled once, for matchAll. */
const RULES = FLAG_RULES.map((rule) => ({
  ...rule,
  pattern: new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`),
}));

/**
 * The flags a message's words raise, each once with its surest match, its evidence as pasted and
 * its basis. Phrases denied in the same clause ("我行不会要求您转账到个人账户") do not count.
 * Flags that depend on times (night_contact, too_frequent) are added later from the list.
 */
export function detectTextFlags(
  message: MessageText,
  signature: Extracted<string> | null,
  illegalDebt: boolean,
): MessageFlag[] {
  const found = new Map<MessageFlagCode, MessageFlag>();
  const add = (flag: MessageFlag) => {
    const existing = found.get(flag.code);
    if (existing === undefined) {
      found.set(flag.code, flag);
      return;
    }
    if (flag.insult) existing.insult = true;
    if (flag.threat) existing.threat = true;
    if (RANK[flag.confidence] > RANK[existing.confidence]) {
      existing.confidence = flag.confidence;
      existing.evidence = flag.evidence;
    }
  };
  if (signature && AUTHORITY_SIGNATURE.test(signature.value)) {
    add({
      code: 'impersonation_authority',
      confidence: 'high',
      ...flagBasis('impersonation_authority', illegalDebt),
      evidence: `【${signature.value}】`,
    });
  }
  const text = message.text;
  for (const rule of RULES) {
    for (const match of text.slice(message.bodyStart).matchAll(rule.pattern)) {
      const start = message.bodyStart + match.index;
      const end = start + match[0].length;
      if (match[0] === '' || isNegated(text, start, end)) continue;
      add({
        code: rule.code,
        confidence: rule.confidence,
        ...flagBasis(rule.code, illegalDebt),
        evidence: message.quote(start, end),
        ...(rule.variant === 'insult' ? { insult: true } : {}),
        ...(rule.variant === 'threat' ? { threat: true } : {}),
      });
      break;
    }
  }
  return [...found.values()];
}
