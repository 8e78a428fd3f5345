import { formatCitation } from '../i18n/citation-text.js';
import { formatMoney, type Lang } from '../i18n/format.js';
import { LENDER_TYPE_LABELS } from '../i18n/labels.js';
import {
  describeLink,
  EXTRACTION_CONFIDENCE_LABELS,
  explainMessageFlag,
  illegalDebtNote,
  MESSAGE_FLAG_LABELS,
  MESSAGE_KIND_LABELS,
  POLICE_REASON_LABELS,
} from '../i18n/message-texts.js';
import { CHANNEL_LABELS } from '../i18n/plan-labels.js';
import type { HarassmentSummary } from '../messages/harassment-summary.js';
import type { Extracted, ExtractedMessage, MessageFlagCode } from '../messages/message-types.js';
import type { MessageImport } from '../use-cases/import-messages.js';

const TEXT = {
  zh: {
    title: (n: number) => `上岸 · 消息识别结果（共${n}条）`,
    intro: '以下内容由程序从文字中自动识别，可能有误，请逐项核对；原文一字不改地保存为证据。这不是法律意见。',
    message: (n: number) => `第${n}条`,
    receivedAt: '时间',
    unknownTime: '（消息里没有写时间）',
    signature: '署名',
    lender: '平台/放款机构',
    amount: '金额',
    overdueDays: '逾期天数',
    days: (n: number) => `${n}天`,
    deadline: '截止日期',
    callback: '回电号码',
    staffId: '工号',
    noFlags: '没有发现需要特别注意的内容。',
    ordinary: '这是普通通知，不记入催收记录。',
    flags: '需要注意',
    basis: '依据',
    practice: '依据：防骗常识（不是法律条文）',
    log: '催收记录',
    assumed: (what: string) =>
      `（消息里没有${what}，暂按${what === '日期' ? '今天' : '12:00'}记录，请改成实际的）`,
    date: '日期',
    time: '时间',
    alreadyLogged: '（这条已经在记录里）',
    hash: '原文SHA-256',
    summary: '每日汇总',
    summaryFor: (debt: string | null, type: string) =>
      debt === null ? `未关联债务（${type}）` : `债务 ${debt}（${type}）`,
    day: (date: string, attempts: number, night: number) =>
      `${date}：${attempts}次${night > 0 ? `，其中夜间${night}次` : ''}`,
    route: '投诉渠道',
    police: (reasons: string) => `另外，${reasons}：可以拨打110或到派出所报案。`,
    separator: '，',
  },
  en: {
    title: (n: number) => `Shang'an · messages read (${n})`,
    intro:
      'Read automatically from the text and possibly wrong: check each item. The original text is kept verbatim as evidence. This is not legal advice.',
    message: (n: number) => `Message ${n}`,
    receivedAt: 'Time',
    unknownTime: '(the message gives no time)',
    signature: 'Signature',
    lender: 'Platform / lender',
    amount: 'Amount',
    overdueDays: 'Days overdue',
    days: (n: number) => `${n} days`,
    deadline: 'Deadline',
    callback: 'Callback number',
    staffId: 'Staff id',
    noFlags: 'Nothing that needs special attention.',
    ordinary: 'An ordinary notice: not logged as a collection contact.',
    flags: 'Watch out',
    basis: 'Basis',
    practice: 'Basis: safety rule of thumb (not a statute)',
    log: 'Contact log',
    assumed: (what: string) =>
      `(the message gives no ${what}; logged as ${what === 'date' ? 'today' : '12:00'} — correct it)`,
    date: 'date',
    time: 'time',
    alreadyLogged: '(already in the log)',
    hash: 'SHA-256 of the original',
    summary: 'Per day',
    summaryFor: (debt: string | null, type: string) =>
      debt === null ? `Not linked to a debt (${type})` : `Debt ${debt} (${type})`,
    day: (date: string, attempts: number, night: number) =>
      `${date}: ${attempts} contact(s)${night > 0 ? `, ${night} at night` : ''}`,
    route: 'Where to complain',
    police: (reasons: string) => `Also, ${reasons}: you can call 110 or report it at a police station.`,
    separator: ', ',
  },
} as const;

/** `shangan message` as text: each message's fields and flags, the drafts, the daily summary. */
export function messagesReportText(result: MessageImport, lang: Lang): string {
  const t = TEXT[lang];
  const lines: string[] = [t.title(result.messages.length), t.intro, ''];
  for (const message of result.messages) {
    lines.push(...messageLines(message, result, lang), '');
  }
  if (result.summaries.length > 0) {
    lines.push(t.summary);
    for (const { debtId, lenderType, summary } of result.summaries) {
      lines.push(...summaryLines(debtId, LENDER_TYPE_LABELS[lang][lenderType], summary, lang), '');
    }
  }
  return lines.join('\n').trimEnd();
}

function messageLines(message: ExtractedMessage, result: MessageImport, lang: Lang): string[] {
  const t = TEXT[lang];
  const label = EXTRACTION_CONFIDENCE_LABELS[lang];
  const sure = (item: Pick<Extracted<unknown>, 'confidence'>) =>
    lang === 'zh' ? `（${label[item.confidence]}）` : ` (${label[item.confidence]})`;
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [
    `${t.message(message.index + 1)} · ${MESSAGE_KIND_LABELS[lang][message.kind.value]} · ${CHANNEL_LABELS[lang][message.channel.value]}`,
    ...message.text.split('\n').map((line) => `  > ${line}`),
  ];
  const field = (name: string, value: string) => lines.push(`  ${name}${colon}${value}`);
  const at = message.receivedAt;
  field(t.receivedAt, at ? [at.date, at.time].filter((part) => part !== null).join(' ') : t.unknownTime);
  if (message.signature) field(t.signature, `【${message.signature.value}】${sure(message.signature)}`);
  if (message.lender) field(t.lender, `${message.lender.value}${sure(message.lender)}`);
  if (message.amount) field(t.amount, `${formatMoney(message.amount.value, lang)}${sure(message.amount)}`);
  if (message.overdueDays)
    field(t.overdueDays, `${t.days(message.overdueDays.value)}${sure(message.overdueDays)}`);
  if (message.deadline) field(t.deadline, `${message.deadline.value}${sure(message.deadline)}`);
  if (message.callbackNumber)
    field(t.callback, `${message.callbackNumber.value}${sure(message.callbackNumber)}`);
  if (message.staffId) field(t.staffId, `${message.staffId.value}${sure(message.staffId)}`);
  if (message.flags.length === 0) lines.push(`  ${t.noFlags}`);
  else {
    lines.push(`  ${t.flags}${colon}`);
    for (const flag of message.flags) {
      const evidence =
        flag.evidence === '' ? '' : lang === 'zh' ? ` ——“${flag.evidence}”` : ` — “${flag.evidence}”`;
      lines.push(
        `  · ${MESSAGE_FLAG_LABELS[lang][flag.code]}${sure(flag)}${evidence}`,
        `    ${explainMessageFlag(flag, lang)}`,
      );
      if (flag.citations.includes('criminal-law-293-1')) lines.push(`    ${illegalDebtNote(lang)}`);
      lines.push(
        flag.citations.length === 0
          ? `    ${t.practice}`
          : `    ${t.basis}${colon}${flag.citations.map((id) => formatCitation(id, lang)).join(lang === 'zh' ? '；' : '; ')}`,
      );
    }
  }
  const draft = result.drafts.find((entry) => entry.messageIndex === message.index);
  if (!draft) lines.push(`  ${t.ordinary}`);
  else {
    const assumed = draft.assumed.map((what) => t.assumed(what === 'date' ? t.date : t.time)).join('');
    lines.push(
      `  ${t.log}${colon}${describeLink(draft, lang)}${draft.alreadyLogged ? t.alreadyLogged : ''}`,
      `    ${draft.contact.at.replace('T', ' ')}${assumed}`,
      `  ${t.hash}${colon}${draft.contact.sha256}`,
    );
  }
  return lines;
}

function summaryLines(debtId: string | null, type: string, summary: HarassmentSummary, lang: Lang): string[] {
  const t = TEXT[lang];
  const lines = [`${t.summaryFor(debtId, type)}`];
  for (const day of summary.days) {
    const flags = (Object.entries(day.flags) as [MessageFlagCode, number][])
      .map(([code, count]) => `${MESSAGE_FLAG_LABELS[lang][code]} ${count}`)
      .join(t.separator);
    lines.push(`  ${t.day(day.date, day.attempts, day.night)}${flags ? `${t.separator}${flags}` : ''}`);
  }
  lines.push(
    `  ${t.route}${lang === 'zh' ? '：' : ': '}${summary.route.regulator} — ${summary.route.channel}`,
  );
  if (summary.police && !summary.policeReasons.every((reason) => reason === 'unlicensed')) {
    const reasons = summary.policeReasons
      .map((reason) => POLICE_REASON_LABELS[lang][reason])
      .join(t.separator);
    lines.push(`  ${t.police(reasons)}`);
  }
  return lines;
}
