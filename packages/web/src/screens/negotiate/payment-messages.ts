import type { PaymentChannel } from '@shangan/core';
import { defineMessages } from '../../i18n/messages';

/** Recording the payments made on a debt. */
export const paymentMessages = defineMessages({
  zh: {
    title: '还款记录',
    intro: '每还一笔就记一笔：哪天、多少、怎么还的。协议每一期还没还上、还款进度和方案都按这里算。',
    none: '还没有记下还款。',
    formTitle: '记一笔还款',
    date: '还款日期',
    amount: '金额（元）',
    amountError: '请填写还了多少钱，例如 750 或 750.00。',
    channel: '怎么还的',
    channelUnknown: '不记',
    channels: {
      bank_transfer: '银行转账',
      app: '对方官方 APP',
      alipay: '支付宝',
      wechat: '微信',
      cash: '现金',
      other: '其他',
    } satisfies Record<PaymentChannel, string>,
    receipt: '还款凭证（截图、照片或 PDF，可选）',
    receiptHint: '转账成功页、APP 还款记录或账单截图。文件只存在你的上岸里，作为证据。',
    receiptContact: (date: string, amount: string) => `还款凭证：${date} 还款 ${amount} 元`,
    save: '记下这笔还款',
    saving: '正在保存…',
    saved: '已记下这笔还款。',
    remove: (date: string) => `删除 ${date} 这笔`,
  },
  en: {
    title: 'Payments made',
    intro:
      'Record each payment as you make it: the day, the amount, how you paid. The agreement’s instalments, the progress and the plan are all counted from these.',
    none: 'No payments recorded yet.',
    formTitle: 'Record a payment',
    date: 'Date paid',
    amount: 'Amount (yuan)',
    amountError: 'Enter how much you paid, for example 750 or 750.00.',
    channel: 'How you paid',
    channelUnknown: 'Not recorded',
    channels: {
      bank_transfer: 'Bank transfer',
      app: 'The lender’s official app',
      alipay: 'Alipay',
      wechat: 'WeChat Pay',
      cash: 'Cash',
      other: 'Other',
    } satisfies Record<PaymentChannel, string>,
    receipt: 'Receipt (screenshot, photo or PDF, optional)',
    receiptHint:
      'The transfer confirmation, the app’s repayment record or a statement. The file stays in your 上岸, as evidence.',
    receiptContact: (date: string, amount: string) => `Receipt: payment of ${amount} yuan on ${date}`,
    save: 'Record this payment',
    saving: 'Saving…',
    saved: 'Payment recorded.',
    remove: (date: string) => `Delete the payment of ${date}`,
  },
});
