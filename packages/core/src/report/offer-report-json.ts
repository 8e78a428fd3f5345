import type { CaseAnalysis } from '../analysis/analyze-case.js';
import { formatMoney, type Lang } from '../i18n/format.js';
import {
  counterScript,
  OFFER_CHECKLIST_LABELS,
  OFFER_VERDICT_LABELS,
  renderOfferReason,
} from '../i18n/offer-messages.js';
import type { Fen } from '../money/fen.js';
import { formatYuan } from '../money/format-money.js';
import type { OfferWeighing } from '../offers/weigh-offer.js';

const money = (amount: number) => formatYuan(amount as Fen);

/** `shangan offer --json` and the API: the weighing with money as "1234.50" and its words rendered. */
export function offerReportJson(weighing: OfferWeighing, analysis: CaseAnalysis, lang: Lang) {
  const debt = analysis.debts.find((d) => d.id === weighing.debtId);
  const supported = debt?.legal.supported ?? 0;
  return {
    debtId: weighing.debtId,
    verdict: weighing.verdict,
    verdictLabel: OFFER_VERDICT_LABELS[lang][weighing.verdict],
    offer: {
      total: money(weighing.offer.total),
      down: money(weighing.offer.down),
      periods: weighing.offer.periods,
      monthly: money(weighing.offer.monthly),
      firstDue: weighing.offer.firstDue,
    },
    fitsBudget: weighing.fitsBudget,
    monthlyAfterOtherDebts: money(weighing.monthlyAfterOtherDebts),
    vsSupported: money(weighing.vsSupported),
    vsTarget: weighing.vsTarget === null ? null : money(weighing.vsTarget),
    vsCeiling: money(weighing.vsCeiling),
    limitationRisk: weighing.limitationRisk,
    unlicensed: weighing.unlicensed,
    checklistGaps: weighing.checklistGaps.map((item) => ({
      item,
      label: OFFER_CHECKLIST_LABELS[lang][item],
    })),
    counter: weighing.counter && {
      total: money(weighing.counter.total),
      periods: weighing.counter.periods,
      monthly: money(weighing.counter.monthly),
      firstDue: weighing.counter.firstDue,
      script: counterScript(weighing, supported, lang),
    },
    reasons: weighing.reasons.map((reason) => ({ ...reason, message: renderOfferReason(reason, lang) })),
  };
}

export type OfferReportJson = ReturnType<typeof offerReportJson>;

/** The same weighing as readable text. */
export function offerReportText(weighing: OfferWeighing, analysis: CaseAnalysis, lang: Lang): string {
  const json = offerReportJson(weighing, analysis, lang);
  const m = (amount: number) => formatMoney(amount as Fen, lang);
  const { offer, counter } = weighing;
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `【${json.debtId}】对方方案：${json.verdictLabel}`
      : `[${json.debtId}] The offer: ${json.verdictLabel}`,
    zh
      ? `  方案：总额 ${m(offer.total)}，首付 ${m(offer.down)}，${offer.periods} 期，每期约 ${m(offer.monthly)}，${offer.firstDue} 起`
      : `  Offer: ${m(offer.total)} in all, ${m(offer.down)} down, ${offer.periods} payments of about ${m(offer.monthly)}, from ${offer.firstDue}`,
    ...json.reasons.map((reason) => `  · ${reason.message}`),
  ];
  if (counter && json.counter) {
    lines.push(
      zh
        ? `  还价：总额 ${m(counter.total)}，${counter.periods} 期，每期约 ${m(counter.monthly)}，${counter.firstDue} 起`
        : `  Counter: ${m(counter.total)} in ${counter.periods} payments of about ${m(counter.monthly)}, from ${counter.firstDue}`,
      zh ? '  可以这样说：' : '  What to say:',
      ...json.counter.script.map((line) => `    ${line}`),
    );
  }
  if (json.checklistGaps.length > 0) {
    lines.push(zh ? '  付款前还要书面写清：' : '  Still to get in writing before paying:');
    lines.push(...json.checklistGaps.map((gap) => `    □ ${gap.label}`));
  }
  lines.push(
    '',
    zh
      ? '说明：这是根据你填写的信息做的估算，不是法律意见，也不保证对方会同意。'
      : 'An estimate from what you entered; not legal advice, and no promise the lender will agree.',
    '',
  );
  return lines.join('\n');
}
