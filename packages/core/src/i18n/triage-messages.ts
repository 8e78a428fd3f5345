import type { TriageCode, TriageFacts, TriageItem } from '../triage/triage-item.js';
import { formatMoney, type Lang } from './format.js';
import { CONTACT_FLAG_LABELS } from './plan-labels.js';

type Params<C extends TriageCode> = Extract<TriageFacts, { code: C }>['params'];
type Catalog = { [C in TriageCode]: (params: Params<C>, lender: string) => string };

const ZH: Catalog = {
  payment_order: (p, lender) =>
    p.deadline === null
      ? `${lender}：你收到了法院的支付令。自收到之日起15日内必须向法院提交书面异议，否则支付令生效后可以被强制执行。请马上确认收到的日期。`
      : p.daysLeft !== null && p.daysLeft < 0
        ? `${lender}：支付令的异议期限（${p.deadline}）可能已经过了。请立即联系作出支付令的法院或法律援助（12348），问清现在还能做什么。`
        : `${lender}：你在 ${p.received} 收到支付令，书面异议必须在 ${p.deadline} 前送到法院（还剩 ${p.daysLeft} 天）。对金额有争议就写异议书，本工具可以生成。`,
  lawsuit: (_p, lender) =>
    `${lender}：你已被起诉。不要回避，按时应诉或参加诉前调解；可以请求法院对超过上限的利息和费用不予支持。可拨打12348咨询法律援助。`,
  judgment: (_p, lender) =>
    `${lender}：已有判决。被执行不等于“失信”：只有有能力而拒不履行等法定情形才会被列入失信名单。主动联系法院执行部门说明情况、提出还款方案。`,
  abusive_collection: (p, lender) =>
    `${lender}：记录中有 ${p.contacts} 次可能违规的催收（${p.flags.map((f) => CONTACT_FLAG_LABELS.zh[f]).join('、')}）。保存录音和截图，可以向监管部门投诉；遇到威胁或暴力请报警。`,
  card_principal_high: (p, lender) =>
    `${lender}：信用卡欠款本金约 ${formatMoney(p.principal, 'zh')}，达到5万元。逾期本身不是犯罪；请保持联系、说明困难、尽量先还一部分，表明你没有非法占有的目的。`,
  negotiation_window: (p, lender) =>
    p.phase === 'before'
      ? `${lender}：逾期 ${p.daysOverdue} 天。经验上逾期1–3个月是协商的较好时机（经验，不是法律规定），大约从 ${p.opensOn} 开始；在此之前先准备好材料和方案。`
      : p.phase === 'in'
        ? `${lender}：逾期 ${p.daysOverdue} 天，正处于经验上较好的协商时机（逾期1–3个月；经验，不是法律规定）。这周就联系官方协商渠道。`
        : `${lender}：逾期已 ${p.daysOverdue} 天，超过经验上的最佳时机，但仍然可以协商，越早越好（经验，不是法律规定）。`,
  limitation_warning: (p, lender) =>
    `${lender}：从 ${p.since} 起算，这笔债可能已过3年诉讼时效。先不要还款、不要承诺还款、不要同意分期、不要签任何确认欠款的文件——这些都会让你失去时效抗辩。可以书面提出诉讼时效抗辩（本工具可以生成）；法院不会主动审查时效，被起诉时要在一审中自己提出。先咨询法律援助（12348）。`,
  unlicensed_lender: (_p, lender) =>
    `${lender}：对方很可能没有放贷资质。不要通过对方的“协商渠道”谈判，不要转账到个人账户；保存借款记录、到账记录和催收记录，向公安机关（110）报案，并向当地地方金融管理局反映。本工具可以生成报案材料。`,
  budget_missing: () =>
    '还没有填写收入和必要支出。先算清每月能拿出多少钱，才能给每个债权人一个你负担得起的方案。',
};

const EN: Catalog = {
  payment_order: (p, lender) =>
    p.deadline === null
      ? `${lender}: you received a court payment order. A written objection must reach the court within 15 days of receipt, or the order can be enforced. Check the date you received it now.`
      : p.daysLeft !== null && p.daysLeft < 0
        ? `${lender}: the objection deadline (${p.deadline}) may have passed. Contact the court that issued the order or legal aid (12348) at once.`
        : `${lender}: payment order received ${p.received}; a written objection must reach the court by ${p.deadline} (${p.daysLeft} days left). If you dispute the amount, file the objection; this tool can draft it.`,
  lawsuit: (_p, lender) =>
    `${lender}: you have been sued. Do not ignore it: respond on time or join pre-trial mediation, and ask the court not to support interest and fees above the cap. Legal aid: 12348.`,
  judgment: (_p, lender) =>
    `${lender}: there is a judgment. Being a judgment debtor is not the same as being on the dishonest-debtor list, which needs a legal ground such as refusing despite being able to pay. Contact the enforcement office with a repayment proposal.`,
  abusive_collection: (p, lender) =>
    `${lender}: ${p.contacts} logged contact(s) look abusive (${p.flags.map((f) => CONTACT_FLAG_LABELS.en[f]).join(', ')}). Keep recordings and screenshots; complain to the regulator; call the police for threats or violence.`,
  card_principal_high: (p, lender) =>
    `${lender}: card principal of about ${formatMoney(p.principal, 'en')} (50,000 or more). Being overdue is not a crime; keep in contact, explain, and pay something to show you do not intend to keep the money.`,
  negotiation_window: (p, lender) =>
    p.phase === 'before'
      ? `${lender}: ${p.daysOverdue} days overdue. In experience 1–3 months overdue is a good time to negotiate (experience, not law), from about ${p.opensOn}; prepare until then.`
      : p.phase === 'in'
        ? `${lender}: ${p.daysOverdue} days overdue — in the usual best window for negotiating (1–3 months; experience, not law). Contact the official channel this week.`
        : `${lender}: ${p.daysOverdue} days overdue, past the usual best window, but negotiation is still possible; sooner is better (experience, not law).`,
  limitation_warning: (p, lender) =>
    `${lender}: counted from ${p.since}, the 3-year limitation period may have run. Do not pay, promise to pay, agree to instalments or sign anything acknowledging the debt: each gives the defence up. You can raise limitation in writing (this tool drafts it); courts do not raise it themselves, so if sued you must raise it at first instance. Talk to legal aid (12348) first.`,
  unlicensed_lender: (_p, lender) =>
    `${lender}: the lender very likely has no licence. Do not negotiate through its "official channel" and never pay into a private account; keep the loan, payout and collection records, report it to the police (110) and to the local financial regulator (地方金融管理局). This tool drafts the report.`,
  budget_missing: () =>
    'No income and essential expenses yet. Work out what you can pay each month before making any offer.',
};

export function renderTriage(item: TriageItem, lang: Lang, lender: string): string {
  const catalog = lang === 'zh' ? ZH : EN;
  const render = catalog[item.code] as (params: TriageItem['params'], lender: string) => string;
  return render(item.params, lender);
}
