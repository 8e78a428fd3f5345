import type { NextActionKey, ReminderKind } from '@shangan/core';
import { defineMessages } from '../../i18n/messages';

/** The status board and what the negotiate screens share. */
export const boardMessages = defineMessages({
  zh: {
    title: '协商进展',
    intro:
      '每笔债一张卡片：现在谈到哪一步、下一步做什么、什么时候做。进展只能往前改（“协议中断”和“协商失败”除外），改之前会请你确认。',
    backToBoard: '← 返回协商进展',
    notFound: '没有找到这个页面或这笔债务。',
    noDebts: '这个案件还没有债务。先在“开始”里录入债务，再回来协商。',
    pasteMessages: '收到催收短信？粘贴进来，自动识别并记录',
    collectorCheck: '这个催收是真的吗？',
    progress: '还款进度',
    since: (when: string) => `${when} 起`,
    neverMoved: '还没有记录过进展',
    nextTitle: '下一步',
    actions: {
      file_objection:
        '在截止日前向发出支付令的法院提交书面异议（“文书”里可以生成异议书）。电话协商不会让这个期限停下来。',
      raise_limitation:
        '这笔债可能已过诉讼时效：先不要打电话协商、不要还款、不要签字承认。可以在“文书”里生成《诉讼时效抗辩通知书》，寄出前先咨询法律援助（12348）。',
      report_unlicensed:
        '对方很可能没有放贷资质：不要协商，不要转账到个人账户。保存记录，向公安机关（110）报案，并向地方金融管理局反映（“文书”里可以生成报案材料）。',
      first_call: '打第一个电话，或通过官方 APP 联系贷后/协商部门。可以打开“通话助手”照着说。',
      mark_contacted: '你已经记录过和对方的联系：把进展改为“已联系”，再准备书面方案。',
      send_offer: '通过官方渠道把书面的协商申请（你的目标方案）发给对方。',
      await_reply: '等对方答复；到约定的日期还没有消息，就主动跟进。',
      weigh_counter: '核算对方的还价：总额不超过你的心里底线、每月还得起，再答复。当场不必答应。',
      get_in_writing:
        '请对方把谈好的方案发书面确认（短信、APP 站内信、邮件或盖章协议）。拿到书面确认之前不要付钱。',
      record_agreement:
        '在卡片的“还款协议”里记下书面协议的总额和每一期的日期、金额，提醒里才会出现每期的还款日。',
      pay_instalment: '按协议还这一期：只还到协议写明的官方账户，保留转账凭证。',
      mark_settled: '记录的分期都已还清：把进展改为“已结清”，然后等结清证明。',
      chase_certificate: '索要结清证明（无债务证明），收到后妥善保存。',
      check_credit: '查一次个人信用报告，确认这笔显示为已结清；不对的，凭结清证明提出异议。',
      done: '这笔已经走完全程。保存好协议、转账凭证和结清证明。',
      restart: '协议中断了：重新联系对方，或者提出一个新的、还得起的方案。',
      other_routes:
        '协商没有成功：保留所有记录。可以拨打 12348 法律援助热线咨询；催收方式不当的，可以投诉（“文书”里有投诉信）。',
    } satisfies Record<NextActionKey, string>,
    basisState: (state: string) => `怎么得出的：现在的进展是“${state}”，下一步一般是这样。`,
    basisObjection: '怎么得出的：你录入了收到支付令的日期，异议期限最要紧，所以排在最前面。',
    dateFrom: {
      payment_order_objection: '日期：收到支付令之日起 15 日的异议截止日。',
      instalment_due: '日期：你录入的还款协议里最早一期还没还的分期。',
      certificate_follow_up: '日期：还清那天加上协议约定出具结清证明的天数（没写时按 15 天）。',
      credit_report_check: '日期：拿到结清证明（或还清）后约 30 天；征信大约每月更新一次，只是参考。',
      contact_follow_up: '日期：你在联系记录里约定的跟进日期。',
    } satisfies Record<ReminderKind, string>,
    noDate: '还没有相关的日期。',
    dueIn: (days: number) => (days === 0 ? '今天' : days > 0 ? `还有 ${days} 天` : `已过 ${-days} 天`),
    callCopilot: '通话助手',
    logContact: (count: number) => `记录联系（已有 ${count} 条）`,
    forLender: (lender: string) => `：${lender}`,
    moveTitle: '更新进展',
    moveTo: (state: string) => `改为“${state}”`,
    otherMoves: '其他进展',
    noMoves: '这里没有可以改的进展了。',
    confirmQuestion: (state: string) =>
      `把进展改为“${state}”？改了以后不能退回前面的进展（“协议中断”和“协商失败”除外）。`,
    noteLabel: '说明（可选）',
    noteHint: '例如：和谁谈的、对方答应了什么。',
    confirm: (state: string) => `确定改为“${state}”`,
    cancel: '取消',
    moving: '正在保存…',
    moved: (lender: string, state: string) => `已把“${lender}”的进展改为“${state}”。`,
    historyTitle: (count: number) => `进展记录（${count}）`,
    historyEmpty: '还没有记录。',
  },
  en: {
    title: 'Negotiation progress',
    intro:
      'One card per debt: where the talks stand, what to do next, and when. Progress only moves forward (except “agreement broken” and “negotiation failed”); you confirm each change.',
    backToBoard: '← Back to negotiation progress',
    notFound: 'This page or this debt was not found.',
    noDebts: 'This case has no debts yet. Enter them under “Start” first, then come back to negotiate.',
    pasteMessages: 'Got collection messages? Paste them to read and log them',
    collectorCheck: 'Is this collector real?',
    progress: 'Repayment progress',
    since: (when: string) => `since ${when}`,
    neverMoved: 'no progress recorded yet',
    nextTitle: 'Next step',
    actions: {
      file_objection:
        'Before the deadline, file a written objection with the court that issued the payment order (“Documents” drafts it). Negotiating by phone does not stop this deadline.',
      raise_limitation:
        'This debt may be time-barred: do not call to negotiate, pay or sign anything acknowledging it. “Documents” drafts a notice raising limitation; talk to legal aid (12348) before sending it.',
      report_unlicensed:
        'The lender very likely has no licence: do not negotiate or pay into a private account. Keep the records, report it to the police (110) and the local financial regulator (“Documents” drafts the report).',
      first_call:
        'Make the first call, or contact the collections/negotiation team through the official app. The call co-pilot gives you the words.',
      mark_contacted:
        'You have logged a contact with them: change the progress to “contacted”, then prepare the written offer.',
      send_offer: 'Send your written negotiation request (your target offer) through the official channel.',
      await_reply: 'Wait for their answer; if nothing has come by the agreed day, follow up yourself.',
      weigh_counter:
        'Check their counter-offer: a total within your private limit and a monthly amount you can afford. You need not agree on the spot.',
      get_in_writing:
        'Ask them to confirm the agreed plan in writing (SMS, in-app message, e-mail or a stamped agreement). Pay nothing before that.',
      record_agreement:
        'Under “Repayment agreement” on this card, record the written agreement’s total and each instalment’s date and amount, so the reminders show every due date.',
      pay_instalment:
        'Pay this instalment as agreed: only to the official account named in the agreement; keep the transfer receipt.',
      mark_settled:
        'Every recorded instalment is paid: mark the debt “settled”, then wait for the certificate.',
      chase_certificate: 'Ask for the settlement certificate (proof of no debt) and keep it safe.',
      check_credit:
        'Check your credit report: this debt should show as settled. If not, object with the certificate.',
      done: 'This debt has gone all the way. Keep the agreement, receipts and certificate.',
      restart: 'The agreement broke down: contact them again, or propose a new plan you can afford.',
      other_routes:
        'Negotiation failed: keep every record. Legal aid hotline 12348 can advise; abusive collection can be reported (“Documents” drafts the complaint).',
    } satisfies Record<NextActionKey, string>,
    basisState: (state: string) =>
      `How this is worked out: the progress is “${state}”, and this usually comes next.`,
    basisObjection:
      'How this is worked out: you entered the day the payment order arrived; its objection deadline matters most, so it comes first.',
    dateFrom: {
      payment_order_objection: 'Date: the objection deadline, 15 days from receiving the payment order.',
      instalment_due: 'Date: the earliest unpaid instalment of the agreement you recorded.',
      certificate_follow_up:
        'Date: the payoff day plus the days the agreement gives for the certificate (15 when not stated).',
      credit_report_check:
        'Date: about 30 days after the certificate (or the payoff); credit reports update about monthly, so this is a guide only.',
      contact_follow_up: 'Date: the follow-up day you agreed in the contact log.',
    } satisfies Record<ReminderKind, string>,
    noDate: 'No date for this yet.',
    dueIn: (days: number) =>
      days === 0 ? 'today' : days > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${-days} days ago`,
    callCopilot: 'Call co-pilot',
    logContact: (count: number) => `Log a contact (${count} so far)`,
    forLender: (lender: string) => `: ${lender}`,
    moveTitle: 'Update progress',
    moveTo: (state: string) => `Change to “${state}”`,
    otherMoves: 'Other steps',
    noMoves: 'There is nothing left to change here.',
    confirmQuestion: (state: string) =>
      `Change the progress to “${state}”? It cannot go back to an earlier step afterwards (except “agreement broken” and “negotiation failed”).`,
    noteLabel: 'Note (optional)',
    noteHint: 'For example: who you spoke to, what they agreed.',
    confirm: (state: string) => `Yes, change to “${state}”`,
    cancel: 'Cancel',
    moving: 'Saving…',
    moved: (lender: string, state: string) => `“${lender}” is now “${state}”.`,
    historyTitle: (count: number) => `Progress history (${count})`,
    historyEmpty: 'Nothing recorded yet.',
  },
});
