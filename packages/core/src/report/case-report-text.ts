import type { CaseAnalysis } from '../analysis/analyze-case.js';
import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import type { Finding } from '../findings/finding.js';
import { formatCitation } from '../i18n/citation-text.js';
import { describeCapBasis, renderFinding } from '../i18n/finding-messages.js';
import { formatMoney, formatPercent, type Lang } from '../i18n/format.js';
import { LENDER_TYPE_LABELS, SCENARIO_LABELS, SEVERITY_LABELS } from '../i18n/labels.js';
import type { Fen } from '../money/fen.js';

const TEXT = {
  zh: {
    title: '上岸 · 债务分析报告',
    asOf: '分析日期',
    lpr: 'LPR报价表最新日期',
    lprStale: '（已超过35天，可能缺少新报价）',
    principal: '合同本金',
    received: '实际到手',
    cardPrincipal: '透支本金',
    cardRate: (daily: string, annual: string) => `透支利率：日 ${daily}（年化单利 ${annual}）`,
    cardFrom: (day: string) => `第一次未还的到期还款日：${day}（利息和诉讼时效从这天算起，不从开卡日算）`,
    apr: '真实年化利率（IRR法）',
    simple: '单利',
    compound: '复利',
    aprUnknown: '无法计算（见下方说明）',
    cap: '适用上限',
    lprUsed: (date: string, rate: string) => `依据 ${date} 一年期LPR ${rate}`,
    claimed: '对方主张',
    notClaimed: '（未填写）',
    split: {
      principal: '本金',
      interest: '利息',
      lateFees: '违约金',
      instalmentFees: '分期手续费',
      annualFees: '年费',
      other: '其他',
    },
    supported: '法院可能支持（估算）',
    breakdown: (p: string, i: string) => `本金 ${p} + 利息 ${i}`,
    excess: '超出部分',
    overdueSince: '逾期开始',
    scenarios: '不同口径的估算',
    applied: '← 本报告采用',
    findings: '发现',
    basis: '依据',
    totals: '合计',
    claimedTotal: (n: number, c: string, s: string, e: string) =>
      `有主张金额的 ${n} 笔：对方主张 ${c}；法院可能支持 ${s}；超出 ${e}`,
    supportedTotal: (n: number, s: string) => `全部 ${n} 笔债务法院可能支持合计 ${s}`,
    disclaimer:
      '说明：本报告根据你填写的信息估算，不是法律意见，也不保证任何结果；不同法院的做法可能不同。标注“参考”的上限是法院常见做法，不是法律规定的数字。重要决定前请咨询律师或法律援助（12348）。',
  },
  en: {
    title: "Shang'an · debt analysis",
    asOf: 'Analysis date',
    lpr: 'Newest LPR quotation',
    lprStale: ' (more than 35 days old: newer quotations may be missing)',
    principal: 'Contract principal',
    received: 'Actually received',
    cardPrincipal: 'Card principal',
    cardRate: (daily: string, annual: string) => `Overdraft rate: ${daily} a day (${annual} a year, simple)`,
    cardFrom: (day: string) =>
      `First missed due date: ${day} (interest and limitation run from it, not from the opening date)`,
    apr: 'True annual rate (IRR method)',
    simple: 'simple',
    compound: 'compound',
    aprUnknown: 'cannot be computed (see below)',
    cap: 'Applicable cap',
    lprUsed: (date: string, rate: string) => `from the one-year LPR of ${date}, ${rate}`,
    claimed: 'Lender claims',
    notClaimed: '(not entered)',
    split: {
      principal: 'principal',
      interest: 'interest',
      lateFees: 'late fees',
      instalmentFees: 'instalment fees',
      annualFees: 'annual fees',
      other: 'other',
    },
    supported: 'A court would likely support (estimate)',
    breakdown: (p: string, i: string) => `principal ${p} + interest ${i}`,
    excess: 'Excess',
    overdueSince: 'Overdue since',
    scenarios: 'Estimates under each rule',
    applied: '← used in this report',
    findings: 'Findings',
    basis: 'Basis',
    totals: 'Totals',
    claimedTotal: (n: number, c: string, s: string, e: string) =>
      `the ${n} debt(s) with a claim: claimed ${c}; likely supported ${s}; excess ${e}`,
    supportedTotal: (n: number, s: string) => `all ${n} debt(s): likely supported ${s} in total`,
    disclaimer:
      'This report is an estimate from what you entered. It is not legal advice and promises no outcome; courts differ. Caps marked "reference" are common court practice, not figures set by law. Talk to a lawyer or legal aid before important decisions.',
  },
} as const;

/** The analysis as a readable report for a terminal or a text file. */
export function caseReportText(analysis: CaseAnalysis, lang: Lang): string {
  const t = TEXT[lang];
  const lines: string[] = [t.title, '', `${t.asOf}：${analysis.asOf}`];
  lines.push(`${t.lpr}：${analysis.lpr.latestDate ?? '-'}${analysis.lpr.stale ? t.lprStale : ''}`);
  for (const notice of analysis.notices) lines.push(...findingLines(notice, lang));
  for (const debt of analysis.debts) lines.push('', ...debtLines(debt, lang));
  const { claimed, supportedOfClaimed, excess, supported } = analysis.totals;
  const m = (amount: Fen) => formatMoney(amount, lang);
  const withClaim = analysis.debts.filter((d) => d.legal.claimed !== null).length;
  lines.push('', `${t.totals}：`);
  if (withClaim > 0)
    lines.push(`  ${t.claimedTotal(withClaim, m(claimed), m(supportedOfClaimed), m(excess))}`);
  lines.push(`  ${t.supportedTotal(analysis.debts.length, m(supported))}`);
  lines.push('', t.disclaimer, '');
  return lines.join('\n');
}

function debtLines(debt: DebtAnalysis, lang: Lang): string[] {
  const t = TEXT[lang];
  const m = (amount: Fen) => formatMoney(amount, lang);
  const { apr, cap, legal } = debt;
  const lines = [`【${debt.id}】${debt.lender}（${LENDER_TYPE_LABELS[lang][debt.lenderType]}）`];
  if (debt.card) {
    lines.push(`  ${t.cardPrincipal}：${m(debt.principal)}`);
    const { annualRate, firstMissed } = debt.card;
    if (annualRate !== null)
      lines.push(`  ${t.cardRate(formatPercent(annualRate / 365, 3), formatPercent(annualRate))}`);
    if (firstMissed) lines.push(`  ${t.cardFrom(firstMissed)}`);
  } else {
    lines.push(`  ${t.principal}：${m(debt.principal)}　${t.received}：${m(legal.principalBasis)}`);
    lines.push(
      `  ${t.apr}：${apr ? `${t.simple} ${formatPercent(apr.simple)}　${t.compound} ${formatPercent(apr.compound)}` : t.aprUnknown}`,
    );
  }
  const lprNote = cap.lpr ? `；${t.lprUsed(cap.lpr.date, formatPercent(cap.lpr.oneYearBp / 10_000))}` : '';
  lines.push(`  ${t.cap}：${formatPercent(cap.rate)}（${describeCapBasis(cap.basis, lang)}${lprNote}）`);
  if (legal.overdueSince) lines.push(`  ${t.overdueSince}：${legal.overdueSince}`);
  const split = Object.entries(legal.claimedSplit ?? {}).flatMap(([part, amount]) =>
    amount === undefined ? [] : [`${t.split[part as keyof typeof t.split]} ${m(amount)}`],
  );
  const splitText = split.length > 0 ? `（${split.join(' / ')}）` : '';
  lines.push(`  ${t.claimed}：${legal.claimed === null ? t.notClaimed : m(legal.claimed)}${splitText}`);
  lines.push(
    `  ${t.supported}：${m(legal.supported)}（${t.breakdown(m(legal.principalOutstanding), m(legal.interestOutstanding))}）`,
  );
  if (legal.excess !== null) lines.push(`  ${t.excess}：${m(legal.excess)}`);
  lines.push(`  ${t.scenarios}：`);
  for (const scenario of legal.scenarios) {
    const rate = scenario.capRate === null ? '' : `（${formatPercent(scenario.capRate)}）`;
    const mark = scenario.applied ? `  ${t.applied}` : '';
    lines.push(`    · ${SCENARIO_LABELS[lang][scenario.key]}${rate}：${m(scenario.amount.supported)}${mark}`);
  }
  if (debt.findings.length > 0) {
    lines.push(`  ${t.findings}：`);
    for (const finding of debt.findings)
      lines.push(...findingLines(finding, lang).map((line) => `  ${line}`));
  }
  return lines;
}

function findingLines(finding: Finding, lang: Lang): string[] {
  const t = TEXT[lang];
  const lines = [`  [${SEVERITY_LABELS[lang][finding.severity]}] ${renderFinding(finding, lang)}`];
  for (const id of finding.citations) lines.push(`      ${t.basis}：${formatCitation(id, lang)}`);
  return lines;
}
