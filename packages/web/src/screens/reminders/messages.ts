import type { ReminderKind } from '@shangan/core';
import { defineMessages } from '../../i18n/messages';
import type { ReminderGroup } from './group-reminders';

export const reminderMessages = defineMessages({
  zh: {
    title: '提醒',
    intro: '要记住的日期：异议期限、每期还款日、结清证明和查征信，以及你和对方约定的跟进日。',
    groups: {
      overdue: '已经过了的日期',
      this_week: '这一周（今天起7天内）',
      this_month: '这个月（今天起30天内）',
      later: '以后',
    } satisfies Record<ReminderGroup, string>,
    kinds: {
      payment_order_objection: '支付令异议截止',
      instalment_due: '按协议还款',
      certificate_follow_up: '索要结清证明',
      credit_report_check: '查征信（参考日期）',
      contact_follow_up: '约定的跟进',
    } satisfies Record<ReminderKind, string>,
    debt: '债务：',
    count: (n: number) => `${n} 项`,
    dueIn: (days: number) => (days === 0 ? '今天' : days > 0 ? `还有 ${days} 天` : `已过 ${-days} 天`),
    actNow: {
      payment_order_objection: '去“文书”生成支付令异议书',
      instalment_due: '还了以后，在“还款协议”里标记已还',
      certificate_follow_up: '记录索要结清证明的联系',
      credit_report_check: '“文书”里有征信异议申请',
      contact_follow_up: '打开通话助手跟进',
    } satisfies Record<ReminderKind, string>,
    calendarTitle: '放进手机日历',
    download: '下载日历文件（.ics）',
    discreetNote:
      '日历里只显示“上岸：1项待办”，不显示机构名称和金额，锁屏上别人看不到；每一项会在前一天和当天提醒（法院期限提前3天和1天）。',
    detailsDownload: '下载带详情的版本（含机构名称和金额）',
    howToImport:
      '在手机上打开下载的 .ics 文件，选择“添加到日历”；电脑上的日历软件用“导入”。日期有变化时重新下载导入，同一个提醒会被更新而不是重复添加。',
    calendarEmpty: '现在还没有日期，日历文件是空的。',
    emptyTitle: '还没有要记住的日期',
    empty:
      '下面这些会产生提醒：录入收到支付令的日期；在协商里记下书面还款协议的每一期；记录联系时填上约定的下次跟进日期；把进展改为“已结清”或“已拿到结清证明”。',
    toIntake: '录入或修改债务（支付令日期）',
    toNegotiate: '去协商：记录联系和进展',
    lenderUnknown: '（已删除的债务）',
  },
  en: {
    title: 'Reminders',
    intro:
      'Dates to keep: objection deadlines, instalment due dates, the settlement certificate and the credit-report check, and follow-ups you agreed.',
    groups: {
      overdue: 'Dates already passed',
      this_week: 'This week (the next 7 days)',
      this_month: 'This month (the next 30 days)',
      later: 'Later',
    } satisfies Record<ReminderGroup, string>,
    kinds: {
      payment_order_objection: 'Payment-order objection deadline',
      instalment_due: 'Instalment due',
      certificate_follow_up: 'Ask for the settlement certificate',
      credit_report_check: 'Check the credit report (guide date)',
      contact_follow_up: 'Agreed follow-up',
    } satisfies Record<ReminderKind, string>,
    debt: 'Debt: ',
    count: (n: number) => `${n} item${n === 1 ? '' : 's'}`,
    dueIn: (days: number) =>
      days === 0 ? 'today' : days > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${-days} days ago`,
    actNow: {
      payment_order_objection: 'Draft the objection under “Documents”',
      instalment_due: 'Once paid, mark it paid under “Repayment agreement”',
      certificate_follow_up: 'Log the contact asking for the certificate',
      credit_report_check: '“Documents” has the credit-report objection',
      contact_follow_up: 'Open the call co-pilot to follow up',
    } satisfies Record<ReminderKind, string>,
    calendarTitle: 'Put them in your phone’s calendar',
    download: 'Download calendar (.ics)',
    discreetNote:
      'The calendar only shows “上岸：1项待办”, with no lender name or amount, so nothing shows on the lock screen; each item rings the day before and on the day (court deadlines 3 days and 1 day before).',
    detailsDownload: 'Download the detailed version (with lender names and amounts)',
    howToImport:
      'Open the downloaded .ics file on your phone and choose “Add to calendar”; desktop calendars use “Import”. When dates change, download and import again: the same reminder is updated, not added twice.',
    calendarEmpty: 'There are no dates yet, so the calendar file is empty.',
    emptyTitle: 'No dates to keep yet',
    empty:
      'These create reminders: the day a payment order arrived; each instalment of a written agreement recorded under Negotiate; a follow-up day on a logged contact; moving a debt to “settled” or “certificate received”.',
    toIntake: 'Enter or edit debts (payment-order date)',
    toNegotiate: 'Go to Negotiate: log contacts and progress',
    lenderUnknown: '(a debt since removed)',
  },
});
