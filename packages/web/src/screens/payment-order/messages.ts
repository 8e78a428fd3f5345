import { defineMessages } from '../../i18n/messages';

/** The payment-order path: from "I received a 支付令" to the objection, ready to print. */
export const paymentOrderMessages = defineMessages({
  zh: {
    title: '收到支付令：先写异议书',
    intro:
      '支付令要在收到之日起15日内提出书面异议，否则对方可以申请强制执行。先把最少的几件事填上，异议书马上就能打印；其他信息以后再补。',
    received: '哪天收到的支付令？',
    receivedHint: '以你实际签收或看到支付令的日期为准。',
    amount: '支付令上写的金额（元，可选）',
    amountHint: '手边没有就空着，异议书里留空，手写补上。',
    whichDebt: '是哪一笔债？',
    newDebt: '不在上面：新加一笔',
    lender: '申请人（放款方）名称',
    lenderHint: '支付令上“申请人”一栏写的名字。',
    principal: '当初借了多少钱（元）',
    contractDate: '大概哪天借的',
    contractDateHint: '不确定就填个大概的日子，以后可以改。',
    save: '保存并写异议书',
    saving: '正在保存…',
    missing: (field: string) => `请填写：${field}`,
    readyTitle: '异议书已经可以打印了',
    deadline: (deadline: string, daysLeft: number) =>
      daysLeft >= 0
        ? `最晚 ${deadline} 前送到法院（还有 ${daysLeft} 天）。`
        : `按收到的日期算，期限 ${deadline} 已经过了 ${-daysLeft} 天。请马上联系法院或拨打 12348 法律援助，问还能怎么办。`,
    toObjection: '查看并打印支付令异议书',
    toCalendar: '下载提醒（日历文件）',
    calendarHint: '提醒只写“上岸：1项待办”，不写放款方和金额；提前3天和1天提醒。',
    howTitle: '怎样递交',
    how: [
      '打印出来，在签名处手写签名、写日期；把法院名称、支付令案号和金额照支付令填上。',
      '送到发出支付令的那个法院：当面递交的，请法院在复印件上盖章或签收；邮寄的，用 EMS，保存邮寄凭证和投递记录。',
      '一定要书面，一定要在期限内送到；打电话、口头说明都不算异议。',
      '异议只针对债务本身（金额、利息、费用、实际到账），不要写“同意还款”“请求分期”。',
    ],
    later: '有空时再把这笔债的合同、还款记录补进上岸，就能算出法院可能支持的金额。',
    toIntake: '以后补全这笔债',
  },
  en: {
    title: 'A payment order: write the objection first',
    intro:
      'An objection to a payment order must be made in writing within 15 days of receiving it, or the lender can ask for enforcement. Fill in the few things below and the objection is ready to print; the rest can follow later.',
    received: 'When did you receive the payment order?',
    receivedHint: 'The day you signed for it or first saw it.',
    amount: 'The amount on the payment order (yuan, optional)',
    amountHint: 'Leave it empty if you do not have it at hand: write it in by hand on the objection.',
    whichDebt: 'Which debt is it?',
    newDebt: 'Not listed: add one',
    lender: 'Applicant (the lender) as named',
    lenderHint: 'The name in the “applicant” line of the payment order.',
    principal: 'How much you borrowed (yuan)',
    contractDate: 'About when you borrowed it',
    contractDateHint: 'An approximate day is fine; you can change it later.',
    save: 'Save and write the objection',
    saving: 'Saving…',
    missing: (field: string) => `Please fill in: ${field}`,
    readyTitle: 'The objection is ready to print',
    deadline: (deadline: string, daysLeft: number) =>
      daysLeft >= 0
        ? `It must reach the court by ${deadline} (${daysLeft} days left).`
        : `Counting from the day you received it, the deadline ${deadline} passed ${-daysLeft} days ago. Contact the court or call 12348 (legal aid) now to ask what can still be done.`,
    toObjection: 'See and print the objection',
    toCalendar: 'Download the reminder (calendar file)',
    calendarHint:
      'The reminder says only “上岸：1项待办”, no lender or amount; alarms 3 days and 1 day before.',
    howTitle: 'How to hand it in',
    how: [
      'Print it, sign and date it by hand; copy the court’s name, the order’s case number and the amount from the payment order.',
      'Deliver it to the court that issued the order: in person, ask the court to stamp or sign a copy; by post, use EMS and keep the receipt and the tracking record.',
      'It must be in writing and reach the court in time; a phone call or a spoken explanation is not an objection.',
      'Object to the debt itself (amount, interest, fees, money actually received); do not write “I agree to pay” or ask for instalments.',
    ],
    later:
      'When you have time, add this debt’s contract and payments to Shang’an to see what a court would likely support.',
    toIntake: 'Complete this debt later',
  },
});
