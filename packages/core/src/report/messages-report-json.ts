import type { Lang } from '../i18n/format.js';
import { explainMessageFlag, MESSAGE_FLAG_LABELS } from '../i18n/message-texts.js';
import type { ExtractedMessage, MessageFlag } from '../messages/message-types.js';
import { formatYuan } from '../money/format-money.js';
import type { MessageImport } from '../use-cases/import-messages.js';
import { citationJson } from './case-report-json.js';

/**
 * `shangan message --json`: the same result the paste screen shows. Money as 2-decimal yuan
 * strings (as in every report), each flag with its label, explanation and citations.
 */
export function messagesReportJson(result: MessageImport, lang: Lang) {
  return {
    messages: result.messages.map((message) => messageJson(message, lang)),
    drafts: result.drafts,
    skipped: result.skipped,
    summaries: result.summaries,
  };
}

export type MessagesReportJson = ReturnType<typeof messagesReportJson>;

function messageJson(message: ExtractedMessage, lang: Lang) {
  return {
    ...message,
    amount: message.amount === null ? null : { ...message.amount, value: formatYuan(message.amount.value) },
    flags: message.flags.map((flag) => flagJson(flag, lang)),
  };
}

function flagJson(flag: MessageFlag, lang: Lang) {
  return {
    ...flag,
    label: MESSAGE_FLAG_LABELS[lang][flag.code],
    message: explainMessageFlag(flag, lang),
    citations: flag.citations.map((id) => citationJson(id, lang)),
  };
}
