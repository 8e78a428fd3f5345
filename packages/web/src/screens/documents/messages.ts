import type { DocumentKind } from '@shangan/core';
import { defineMessages } from '../../i18n/messages';

/** English names for the document kinds; the documents themselves, and their titles, are Chinese. */
const ENGLISH_KIND: Record<DocumentKind, string> = {
  script: 'Call script',
  negotiation: 'Negotiation letter',
  hardship: 'Hardship request',
  agreement: 'Agreement checklist and draft',
  complaint: 'Complaint',
  payment_order_objection: 'Objection to a payment order',
  credit_objection: 'Credit-report objection',
  limitation_defence: 'Limitation defence',
  police_report: 'Police report',
  statement_request: 'Request for the papers and the breakdown',
  stop_third_party: 'Notice to stop contacting third parties',
  certificate_request: 'Request for a settlement certificate',
  lawsuit_defence: 'Defence to a lawsuit',
};

export const documentsMessages = defineMessages({
  zh: {
    title: '文书',
    intro:
      '为每一笔债生成电话脚本、申请书、协议核对清单等。先选债务，再选文书类型；可以复制、打印或下载 Word 文件，改好后再用。',
    debtLabel: '选择债务',
    kindLabel: '文书类型',
    kindOption: (title: string, _kind: DocumentKind) => title,
    whenToUse: '什么时候用：',
    allKinds: '各种文书各在什么时候用',
    kindUse: {
      script: '打电话给贷款方协商之前：照着说，开场、确认对方身份、说清事实、提出方案、应对常见推托。',
      negotiation: '想书面提出还款方案时：寄给贷款方的贷后或协商部门，或在官方 APP 里提交。',
      hardship: '因失业、生病、家庭变故等无力按原合同还款时：附上证明材料，申请减免和更长的分期。',
      agreement: '对方发来书面方案后：逐条核对是否写全；也可以把协议草案发给对方参考。',
      complaint: '催收骚扰、威胁、联系家人同事，或收费明显不合理时：向监管部门投诉。',
      payment_order_objection: '收到法院的支付令后：15日内书面提出异议（打电话不算）。',
      credit_objection: '征信报告有错误时（例如已结清却没更新、金额不对）：申请更正。',
      limitation_defence:
        '这笔债可能已过3年诉讼时效时：书面告诉对方你提出时效抗辩、拒绝履行。里面不承认债务，也不提还款。',
      police_report:
        '放款方可能没有放贷资质（例如“714高炮”、砍头息、暴力催收）时：到派出所报案的材料，同时向地方金融管理局反映。',
      statement_request:
        '不清楚对方的数字是怎么来的时：要合同、放款和还款记录，以及欠款每一项的算法。里面不承认金额，也不承诺还款。',
      stop_third_party: '对方联系了你的家人、同事或朋友时：书面要求只联系你本人，不再打扰第三人。',
      certificate_request: '最后一笔付清之后：要一份结清证明，并请对方按“结清”更新征信。',
      lawsuit_defence:
        '收到起诉状副本或传票时：15日内交给法院的答辩状，写明时效和金额上的争议；也说明缺席判决、小额诉讼一审终审和调解。',
    } satisfies Record<DocumentKind, string>,
    identityNote:
      '文书中会显示你的完整身份证号和手机号：这是对方或法院核对身份所需要的。分享或截图前请注意。',
    mask: '分享用版本：隐藏部分号码（如 138****5678）',
    maskHint:
      '要把文书发给家人、朋友或志愿者看，或者截图分享时，勾选这一项。寄给对方、交给法院或公安机关的，请用完整版本。',
    maskedNote: '现在显示的是分享用版本，身份证号和手机号已部分隐藏。寄出或提交时请取消勾选，用完整版本。',
    limitationWarning:
      '这笔债可能已过诉讼时效。这份文书会承认这笔债：寄出、签字或按它还款，都可能让时效重新计算，或者被认定为放弃时效抗辩。请先看“诉讼时效抗辩通知书”，并打 12348 咨询法律援助。',
    unlicensedNote:
      '放款方可能没有放贷资质，这里不提供协商类文书，也不建议通过它的“官方渠道”协商。请用报案材料报警，用投诉信向地方金融管理局反映。',
    actionsLabel: '用这份文书',
    copy: '复制全文',
    copied: '已复制全文，可以粘贴到短信、邮件或备忘录里。',
    copyRefused: '浏览器没有允许复制。文字已在下面的框里选中：请按 Ctrl+C（手机上长按，选“复制”）。',
    copyBoxLabel: '文书全文，可全选后复制',
    print: '打印 / 存为 PDF',
    printHint: '在打印窗口里把打印机选为“另存为 PDF”，就能存成 PDF 文件。',
    docx: '下载 Word（DOCX）',
    previewLabel: (title: string) => `文书预览：${title}`,
    loadingDocument: '正在生成文书…',
    noDebts: '这个案件还没有债务。先录入一笔债务，才能生成文书。',
    toIntake: '去录入债务',
    checklistTitle: '对照对方的书面方案，逐条核对',
    checklistIntro:
      '收到对方的协议、确认函、APP 站内信或短信后，写清楚一条就勾一条。勾选只保存在这个浏览器里。',
    checklistRecordedIntro:
      '你已经记下了这份协议。协议条款里能看出来的，已经替你勾上；其余的请对照纸面协议逐条核对，没写的请对方书面补上。',
    inRecordedAgreement: '（记录的协议里有）',
    missingBadge: '还缺',
    progress: (done: number, total: number, missing: readonly string[]) =>
      missing.length === 0
        ? `${total} 条都写清楚了。付款前，再确认收款账户是对方的官方对公账户或官方 APP。`
        : `${total} 条中已写清 ${done} 条。还缺：${missing.join('、')}。对方书面补上之前，先不要付钱。`,
    clearTicks: '清除勾选',
  },
  en: {
    title: 'Documents',
    intro:
      'Call scripts, letters and the agreement checklist for each debt. Choose a debt, then a kind of document; copy it, print it or download a Word file to edit. The documents are written in Chinese, for Chinese lenders and courts.',
    debtLabel: 'Choose a debt',
    kindLabel: 'Kind of document',
    kindOption: (title: string, kind: DocumentKind) => `${ENGLISH_KIND[kind]} (${title})`,
    whenToUse: 'When to use it: ',
    allKinds: 'When to use each kind of document',
    kindUse: {
      script:
        'Before you phone the lender: what to say to open, check who you speak to, state the facts, make your offer and answer the usual pushbacks.',
      negotiation:
        'To put your repayment offer in writing: send it to the lender’s collections or negotiation team, or submit it in the official app.',
      hardship:
        'When job loss, illness or a family crisis means you cannot pay as agreed: ask for a reduction and a longer plan, with your proof attached.',
      agreement:
        'When the lender sends a written offer: check it point by point; you may also send them the draft agreement.',
      complaint:
        'When collectors harass or threaten you, contact family or colleagues, or charges are clearly unfair: complain to the regulator.',
      payment_order_objection:
        'When a court’s payment order arrives: object in writing within 15 days (a phone call does not count).',
      credit_objection:
        'When your credit report is wrong (a settled debt not updated, a wrong amount): ask for a correction.',
      limitation_defence:
        'When the 3-year limitation period may have run: tell the lender in writing that you raise it and refuse to pay. It neither acknowledges the debt nor offers payment.',
      police_report:
        'When the lender may be unlicensed (7–14-day loans, large sums kept back at payout, violent collection): a report to take to the police, and to raise with the local financial regulator too.',
      statement_request:
        "When you do not know where the lender's figures come from: ask for the contract, the payout and payment records, and how each part of the claim was computed. It neither acknowledges the amount nor offers payment.",
      stop_third_party:
        'When collectors have contacted your family, colleagues or friends: ask in writing that they contact only you.',
      certificate_request:
        'After the last payment: ask for a settlement certificate and for the credit report to show the debt as settled.',
      lawsuit_defence:
        'When you receive a complaint or a summons: the defence to file within 15 days, with the limitation and amount disputes; it also explains default judgment, final small claims and mediation.',
    } satisfies Record<DocumentKind, string>,
    identityNote:
      'The document shows your full ID and phone numbers: the lender or the court needs them to check who you are. Take care before sharing it or taking a screenshot.',
    mask: 'Copy to share: partly hide the numbers (138****5678)',
    maskHint:
      'Tick this to show the document to family, friends or a volunteer, or to share a screenshot. What you send to the lender, a court or the police should be the full version.',
    maskedNote:
      'This is the copy to share, with the ID and phone numbers partly hidden. Untick it before you send or file the document.',
    limitationWarning:
      'Limitation may have run on this debt. This document acknowledges it: sending it, signing or paying by it can restart limitation or give up the defence. Read the limitation defence first, and call 12348 for legal aid.',
    unlicensedNote:
      'The lender may be unlicensed: no negotiation documents are offered, and negotiating through its “official channel” is not advised. Report it to the police with the police report, and to the local financial regulator with the complaint.',
    actionsLabel: 'Use this document',
    copy: 'Copy all text',
    copied: 'Copied. You can paste it into a message, an e-mail or a note.',
    copyRefused:
      'The browser did not allow copying. The text is selected in the box below: press Ctrl+C (on a phone, long-press and choose Copy).',
    copyBoxLabel: 'The whole document, to select and copy',
    print: 'Print / save as PDF',
    printHint: 'In the print window, choose “Save as PDF” as the printer to get a PDF file.',
    docx: 'Download Word (DOCX)',
    previewLabel: (title: string) => `Document preview: ${title}`,
    loadingDocument: 'Writing the document…',
    noDebts: 'This case has no debts yet. Enter a debt first to write documents for it.',
    toIntake: 'Enter a debt',
    checklistTitle: 'Check the lender’s written offer, point by point',
    checklistIntro:
      'When the lender sends an agreement, a confirmation letter, an in-app message or an SMS, tick each point it states clearly. Ticks are kept in this browser only.',
    checklistRecordedIntro:
      'You have recorded this agreement. What its terms show is ticked for you; check the rest against the paper, and ask the lender to add in writing what is missing.',
    inRecordedAgreement: '(in the recorded agreement)',
    missingBadge: 'Missing',
    progress: (done: number, total: number, missing: readonly string[]) =>
      missing.length === 0
        ? `All ${total} points are stated. Before paying, check once more that the account is the lender’s official account or app.`
        : `${done} of ${total} points stated. Still missing: ${missing.join(', ')}. Do not pay until they add these in writing.`,
    clearTicks: 'Clear ticks',
  },
});
