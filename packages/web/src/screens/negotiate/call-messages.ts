import { defineMessages } from '../../i18n/messages';
import type { ExtraPushbackId } from './extra-pushbacks';

/** An answer to read out: the lines to say, then notes for the person only. */
export interface PushbackText {
  label: string;
  say: string[];
  note: string[];
  /** Shown for credit cards only, with the card rule's citation. */
  cardNote: string;
}

/** The call co-pilot. The lines to say stay in Chinese in both languages: the call is in Chinese. */
export const callMessages = defineMessages({
  zh: {
    title: (lender: string) => `通话助手：${lender}`,
    loadingScript: '正在准备通话脚本…',
    reminder: '先问清对方的姓名和工号，记在下面。需要的话打开通话录音，可以先告诉对方“这次通话我会录音”。',
    staffNoteLabel: '边听边记：对方的工号、姓名',
    staffNoteHint: '结束通话后会自动填进联系记录。',
    scriptInChinese: '',
    stepOf: (step: number, total: number) => `第 ${step} 步，共 ${total} 步`,
    previous: '上一步',
    next: '下一步',
    endCall: '结束通话，记录这次联系',
    pushbackTitle: '对方这样说时',
    pushbackHint: '点一下，照着读下面的回答。',
    selfNote: '给你自己看',
    hideAnswer: '收起回答',
    answerFor: (label: string) => `回答：${label}`,
    extras: {
      pay_in_full_today: {
        label: '“必须今天全额还清”',
        say: [
          '“我现在没有能力一次性还清全部欠款，这是实际情况。”',
          '“我不是不还，我想协商一个我做得到的方案。”',
          '“如果你们要求今天必须全额还清，请用短信或书面发给我，写明金额和计算明细。”',
          '“我会通过官方渠道提交书面的协商申请。”',
        ],
        note: [
          '不要为了“今天还清”去借新的网贷或找人借高息的钱来还。',
          '不要答应做不到的日期或金额；挂电话后，把对方说的期限和金额记进联系记录。',
        ],
        cardNote:
          '信用卡：欠款超出还款能力、持卡人仍愿意还的，发卡银行“可以”与持卡人协商个性化分期。这是银行可以做、不是必须做的。',
      },
      use_an_agent: {
        label: '“你去找第三方代理吧”',
        say: [
          '“这是我自己的借款，我直接和你们官方的协商部门谈，不通过第三方代理。”',
          '“请告诉我你们官方的协商渠道，或者把我的申请转给有审批权限的部门。”',
          '“如果你们只接受代理协商，请把这个答复用短信或书面发给我。”',
        ],
        note: [
          '自称能“停息挂账”“征信修复”“代理退息”的收费中介有诈骗风险。协商、分期、减免都可以自己向贷款方申请，不需要付钱给中介。',
          '不要把身份证照片、银行卡、验证码或通讯录交给任何代理。',
        ],
        cardNote: '',
      },
    } satisfies Record<ExtraPushbackId, PushbackText>,
  },
  en: {
    title: (lender: string) => `Call co-pilot: ${lender}`,
    loadingScript: 'Preparing the call script…',
    reminder:
      'First ask for their name and staff number (工号) and note them below. If you wish, record the call; you can tell them first: “这次通话我会录音” (I am recording this call).',
    staffNoteLabel: 'Note while you listen: their staff number, name',
    staffNoteHint: 'It is filled into the contact log when the call ends.',
    scriptInChinese:
      'The script is in Chinese, the language of the call. Read the quoted lines out as they are.',
    stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    endCall: 'End the call and log this contact',
    pushbackTitle: 'When they say…',
    pushbackHint: 'Tap one and read the answer below out loud.',
    selfNote: 'For you only',
    hideAnswer: 'Hide the answer',
    answerFor: (label: string) => `Answer: ${label}`,
    extras: {
      pay_in_full_today: {
        label: '“必须今天全额还清” (you must pay everything today)',
        say: [
          '“我现在没有能力一次性还清全部欠款，这是实际情况。”',
          '“我不是不还，我想协商一个我做得到的方案。”',
          '“如果你们要求今天必须全额还清，请用短信或书面发给我，写明金额和计算明细。”',
          '“我会通过官方渠道提交书面的协商申请。”',
        ],
        note: [
          'Do not take a new online loan or borrow at high interest to “pay today”.',
          'Do not agree to a date or amount you cannot keep; after the call, log the deadline and amount they named.',
        ],
        cardNote:
          'Credit cards: where the debt exceeds your capacity and you still want to pay, the bank “may” agree personalised instalments. It may, it does not have to.',
      },
      use_an_agent: {
        label: '“你去找第三方代理吧” (go through a third-party agent)',
        say: [
          '“这是我自己的借款，我直接和你们官方的协商部门谈，不通过第三方代理。”',
          '“请告诉我你们官方的协商渠道，或者把我的申请转给有审批权限的部门。”',
          '“如果你们只接受代理协商，请把这个答复用短信或书面发给我。”',
        ],
        note: [
          'Paid intermediaries promising “停息挂账”, “credit repair” or “interest refunds” are a scam risk. You can ask the lender for a plan, instalments or a waiver yourself, without paying anyone.',
          'Never give an agent your ID photo, bank card, verification codes or contact list.',
        ],
        cardNote: '',
      },
    } satisfies Record<ExtraPushbackId, PushbackText>,
  },
});
