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
    allKinds: '七种文书各在什么时候用',
    kindUse: {
      script: '打电话给贷款方协商之前：照着说，开场、确认对方身份、说清事实、提出方案、应对常见推托。',
      negotiation: '想书面提出还款方案时：寄给贷款方的贷后或协商部门，或在官方 APP 里提交。',
      hardship: '因失业、生病、家庭变故等无力按原合同还款时：附上证明材料，申请减免和更长的分期。',
      agreement: '对方发来书面方案后：逐条核对是否写全；也可以把协议草案发给对方参考。',
      complaint: '催收骚扰、威胁、联系家人同事，或收费明显不合理时：向监管部门投诉。',
      payment_order_objection: '收到法院的支付令后：15日内书面提出异议（打电话不算）。',
      credit_objection: '征信报告有错误时（例如已结清却没更新、金额不对）：申请更正。',
    } satisfies Record<DocumentKind, string>,
    reveal: '显示完整电话和身份证号',
    revealHint:
      '默认只显示部分号码（如 138****5678），因为文书可能被转发、打印或放在别人看得到的地方。要寄给贷款方或法院、需要完整号码时再勾选。',
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
    allKinds: 'When to use each of the seven documents',
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
    } satisfies Record<DocumentKind, string>,
    reveal: 'Show full phone and ID numbers',
    revealHint:
      'Numbers are partly hidden by default (138****5678) because a document may be forwarded, printed or left where others see it. Tick this when a lender or a court needs the full numbers.',
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
    missingBadge: 'Missing',
    progress: (done: number, total: number, missing: readonly string[]) =>
      missing.length === 0
        ? `All ${total} points are stated. Before paying, check once more that the account is the lender’s official account or app.`
        : `${done} of ${total} points stated. Still missing: ${missing.join(', ')}. Do not pay until they add these in writing.`,
    clearTicks: 'Clear ticks',
  },
});
