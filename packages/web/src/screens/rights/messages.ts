import { defineMessages } from '../../i18n/messages';
import type { RightsTopicKey, ScamKey } from './rights-topics';

interface Topic {
  title: string;
  intro: string;
}

export const rightsMessages = defineMessages({
  zh: {
    title: '了解你的权利',
    intro:
      '欠了钱，你仍然有权利。这一页用大白话讲和利息、催收、征信、法院有关的规定；每一条都注明出处，以及我们对这条出处有多大把握。',
    crisis: {
      title: '如果你觉得撑不下去了',
      body: '被债务压得喘不过气，很多人都有过这种感受。这不是你一个人的事，也不用一个人扛。债可以慢慢谈、慢慢还，你的安全比任何一笔债都重要。',
      talk: '想找人说说话，可以拨打全国统一的心理援助热线：',
      hotline: (number: string) => `心理援助热线 ${number}`,
      danger: '如果你或身边的人现在有危险，请马上拨打：',
      police: '110 报警',
      ambulance: '120 急救',
      fallback: '一时打不通的话，找一个信得过的人陪着你，或者去最近的医院急诊。',
    },
    rulesCount: (count: number) => `看具体规定（${count} 条）`,
    topics: {
      caps: {
        title: '利息有上限：要看是谁借给你的钱',
        intro:
          '放款机构的类型和合同签订的日期，决定适用哪条规则。向个人或普通公司借的钱适用4倍LPR的上限；银行、消费金融公司、小额贷款公司等持牌机构不适用这条，年利率24%是法院常用的参考线（各地做法不同，不是法律写明的数字）。上岸在“总览”里按你的每一笔债分别估算。',
      },
      upfront: {
        title: '砍头息：先扣掉的钱不算本金',
        intro:
          '放款时先扣掉的利息，不算你借到的钱：本金按实际到手的金额计算。先扣的服务费、会员费等也是借款成本，要算进年化利率。',
      },
      penalty: {
        title: '罚息和违约金：不能无限地加',
        intro: '逾期后可以收逾期利息，但也有上限。违约金明显过高的，可以请求法院减少，不过要你自己提出来。',
      },
      collection: {
        title: '催收也有底线',
        intro:
          '欠钱不等于失去隐私和尊严。骚扰家人同事、向别人透露你的借款、辱骂威胁，都可以留下证据去投诉。标着“行业自律”的是行业规范，不是法律。',
      },
      credit: {
        title: '征信：如实记录，错了可以更正',
        intro: '真实的逾期记录会保留5年，花钱也删不掉；记录有错，你可以自己免费申请更正。',
      },
      paymentOrder: {
        title: '支付令：收到后15日内书面异议',
        intro:
          '收到法院的支付令，15日内要么还款，要么书面提出异议；什么都不做，支付令就可能被申请强制执行。对金额有异议，可以在“文书”页生成支付令异议书。',
      },
      limitation: {
        title: '诉讼时效：答应还旧债之前先想一想',
        intro:
          '很久没人催收的旧债，可能已经过了3年诉讼时效。这时答应还款、同意分期或者先还一点，都可能让你失去时效抗辩。先打 12348 问一问。',
      },
      notCrime: {
        title: '还不上，不等于犯罪，也不等于“老赖”',
        intro:
          '逾期本身不是犯罪。被列入失信名单，要有法律规定的情形；信用卡的“恶意透支”也有严格的条件。保持联系、能还一点是一点，比失联好。',
      },
    } satisfies Record<RightsTopicKey, Topic>,
    writeDocumentLink: '去生成文书',
    scamsTitle: '小心这些“帮忙”',
    scamsIntro: '走投无路的时候，最容易遇到骗局。下面这些，见到就躲开。',
    scams: {
      paidAgents: {
        title: '付费的“代理协商”“停息挂账”中介',
        intro:
          '协商是你和放贷机构之间的事：打官方客服电话、在官方 APP 里申请，自己就能谈，不用花钱。先收费、保证“一定办下来”的中介诈骗风险很大，交出去的身份证和合同也可能被滥用。信用卡的个性化分期，银行可以同意，也可以不同意，谁都不能保证。',
      },
      creditRepair: {
        title: '“征信修复”“征信洗白”',
        intro: '真实的逾期记录不能花钱删除。只有错误的记录可以更正，你自己申请就行，不收费。',
      },
      personalAccounts: {
        title: '让你把钱转到个人账户',
        intro:
          '只还到放贷机构的官方对公账户，或者官方 APP 里的还款功能。让你转到个人银行卡、个人微信或支付宝收款码的，不管对方怎么说，都不要转。',
      },
      newLoans: {
        title: '借新债还旧债',
        intro: '借一笔新的网贷去还旧的，利息和费用只会越滚越多。还不上的时候，先协商，不要借新债。',
      },
      fakeAuthorities: {
        title: '冒充法院、公安的“通知”',
        intro:
          '自称法院、公安打来的电话，或者“已立案”“将上门”的短信，先别慌，也别按对方给的号码回拨：自己查到法院、公安的官方电话再核实。',
      },
    } satisfies Record<ScamKey, Topic>,
    scamsReport:
      '遇到这类中介或骗局，可以向市场监督管理部门（12315）或公安机关（110）反映；号码请以官方公布的号码为准。',
    complaintsTitle: '去哪里投诉',
    complaintsIntro:
      '按放款机构的类型找对部门。投诉时写清时间、号码、对方说了什么，附上录音和截图（“协商”页可以逐条记录）。',
    lenderColumn: '放款机构',
    regulatorColumn: '找谁',
    channelColumn: '怎么联系',
    yourDebts: '你的债务：',
    complaintsNote: '热线号码请以官方公布的号码为准。',
    regulatorChange: '银行和消费金融公司的监管部门：2023年起是国家金融监督管理总局，不再是“银保监会”。',
    legalAidTitle: '免费法律帮助',
    legalAidCall: (number: string) => `拨打 ${number}`,
    legalAidBody: (number: string) =>
      `公共法律服务热线 ${number}：可以免费咨询法律问题，也可以问问自己能不能申请法律援助。签协议之前、收到支付令或者被起诉的时候，先打个电话问一问。`,
  },
  en: {
    title: 'Know your rights',
    intro:
      'Owing money does not take your rights away. This page explains, in plain words, the rules on interest, collection, credit reports and courts; each one names its source and how sure we are of it.',
    crisis: {
      title: 'If you feel you cannot go on',
      body: 'Many people have felt crushed by debt. You are not alone in this and you do not have to carry it alone. Debts can be negotiated and paid slowly; your safety matters more than any debt.',
      talk: 'To talk to someone, call the psychological assistance hotline (one number nationwide):',
      hotline: (number: string) => `Psychological assistance ${number}`,
      danger: 'If you or someone near you is in danger now, call:',
      police: '110 police',
      ambulance: '120 ambulance',
      fallback:
        'If you cannot get through, ask someone you trust to stay with you, or go to the nearest hospital emergency department.',
    },
    rulesCount: (count: number) => `The rules (${count})`,
    topics: {
      caps: {
        title: 'Interest has limits, depending on who lent the money',
        intro:
          'The lender’s type and the contract date decide which rule applies. Loans from a person or an ordinary company are capped at 4 × LPR; banks, consumer-finance and microloan companies are not covered by that rule, and courts often use 24 % a year as a reference (courts differ; no statute names that figure). Shang’an estimates each of your debts on the Overview.',
      },
      upfront: {
        title: 'Money deducted upfront (砍头息) is not principal',
        intro:
          'Interest taken out when the loan is paid does not count as money lent: the principal is what you actually received. Fees deducted upfront (service, membership) are part of the cost and go into the annual rate.',
      },
      penalty: {
        title: 'Penalty interest and damages cannot grow without limit',
        intro:
          'A lender may charge overdue interest, within limits. Liquidated damages that are clearly excessive can be reduced by a court, but you have to ask.',
      },
      collection: {
        title: 'Collection has limits too',
        intro:
          'Owing money does not cost you your privacy or dignity. Harassing family or colleagues, telling others about your debt, insults and threats can all be reported; keep the evidence. Items marked 行业自律 are industry self-regulation, not law.',
      },
      credit: {
        title: 'Credit reports: accurate records, and corrections when wrong',
        intro:
          'A true overdue record stays for 5 years and cannot be bought away; a wrong record you can have corrected yourself, for free.',
      },
      paymentOrder: {
        title: 'Payment orders: object in writing within 15 days',
        intro:
          'When a court’s payment order arrives, within 15 days either pay or object in writing; doing nothing lets the creditor have it enforced. If you dispute the amount, write the objection on the Documents page.',
      },
      limitation: {
        title: 'Limitation: think before agreeing to pay an old debt',
        intro:
          'An old debt nobody has chased for a long time may be past the 3-year limitation period. Agreeing to pay, to a plan or paying a little can then cost you that defence. Call 12348 first.',
      },
      notCrime: {
        title: 'Not being able to pay is not a crime, and not “dishonest”',
        intro:
          'Being overdue is not a crime in itself. The dishonest-debtor list needs a ground the law names, and “malicious overdraft” on a card has strict conditions. Staying in touch and paying what you can is better than disappearing.',
      },
    } satisfies Record<RightsTopicKey, Topic>,
    writeDocumentLink: 'Write a document',
    scamsTitle: 'Beware of this kind of “help”',
    scamsIntro: 'Scams find people when they feel cornered. Stay away from these.',
    scams: {
      paidAgents: {
        title: 'Paid “negotiation agents” and “interest freeze” (停息挂账) services',
        intro:
          'Negotiating is between you and the lender: call the official hotline or apply in the official app; it costs nothing. Agents who charge first and “guarantee” a result are a serious fraud risk, and the ID and contracts you hand over can be misused. A bank may or may not agree to a card instalment plan; nobody can promise it.',
      },
      creditRepair: {
        title: '“Credit repair” or “credit cleaning”',
        intro:
          'A true overdue record cannot be deleted for money. Only wrong records can be corrected, and you can apply yourself, free of charge.',
      },
      personalAccounts: {
        title: 'Being told to pay into a personal account',
        intro:
          'Pay only into the lender’s official corporate account or through its official app. Whatever you are told, never pay into a personal bank card or a personal WeChat or Alipay code.',
      },
      newLoans: {
        title: 'New loans to repay old ones',
        intro:
          'Borrowing from one app to repay another only makes interest and fees pile up. When you cannot pay, negotiate; do not borrow more.',
      },
      fakeAuthorities: {
        title: 'Fake “notices” from courts or police',
        intro:
          'Calls claiming to be a court or the police, or texts saying a case “has been filed” or someone “will visit”: stay calm and do not call back the number they give. Look up the court’s or police’s official number and check.',
      },
    } satisfies Record<ScamKey, Topic>,
    scamsReport:
      'Report such agents or scams to market regulation (12315) or the police (110); check the numbers against the official ones.',
    complaintsTitle: 'Where to complain',
    complaintsIntro:
      'Find the right body by the lender’s type. Say when, which number and what was said, and attach recordings and screenshots (log each contact on the Negotiate page).',
    lenderColumn: 'Lender',
    regulatorColumn: 'Who',
    channelColumn: 'How',
    yourDebts: 'Your debts: ',
    complaintsNote:
      'Check hotline numbers against the official ones. Regulators and channels are named in Chinese, as you will find them.',
    regulatorChange:
      'Banks and consumer-finance companies are supervised by the National Financial Regulatory Administration since 2023, no longer by the CBIRC (银保监会).',
    legalAidTitle: 'Free legal help',
    legalAidCall: (number: string) => `Call ${number}`,
    legalAidBody: (number: string) =>
      `The public legal-service hotline ${number} gives free legal advice; you can ask whether you qualify for legal aid. Call before signing an agreement, when a payment order arrives or when you are sued.`,
  },
});
