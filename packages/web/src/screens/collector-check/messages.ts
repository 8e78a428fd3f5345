import { defineMessages } from '../../i18n/messages';

type Lines = Record<string, string>;

/** "Is this collector real?": the checklist and the person's own official channels. */
export const collectorMessages = defineMessages({
  zh: {
    title: '这个催收是真的吗？',
    intro: '接到自称“贷后”“法务”“催收”的电话或短信，先对照下面几条。拿不准就挂断，自己打官方电话核实。',
    doesTitle: '真正的贷后人员会',
    does: {
      names: '说出所属机构和自己的姓名或工号；你可以请对方报出来，记下来。',
      figures: '说出的欠款金额、合同编号，能和官方 APP 里的记录对上。',
      official: '让你通过官方 APP 或官方公布的对公账户还款。',
    } satisfies Lines,
    neverTitle: '下面这些，真正的贷后不会做（遇到了，很可能是诈骗或违规催收）',
    never: {
      personalAccount:
        '要你把钱转到个人账户、扫个人收款码，或者转给“第三方代收”。不要付：这笔钱很可能不算还款。',
      authority:
        '自称法院、公安、检察院，说“今天就来抓人”。金融机构的催收指引（行业自律规范）禁止冒充行政机关或司法机关；法院的文书由法院送达，不会在电话里让你转账。',
      repairFee:
        '收费“征信修复”“洗白征信”“代理协商”。不良记录自不良行为终止之日起保存5年；信息有错，你自己就可以提出异议；没有人能花钱删掉真实的记录。',
      thirdParties: '联系你的家人、同事、朋友，或者群发你的通讯录。',
      night: '晚上10点到早上8点打电话，或者一天打很多次。',
    } satisfies Lines,
    todoTitle: '怎么做',
    todo: {
      hangUp: '不确定就挂断，不在电话里确认金额、不答应还款、不提供验证码。',
      callOfficial: '自己拨打下面记下的官方电话，或在官方 APP 里问：这笔欠款是否委托了这个人催收。',
      log: '把这次联系记下来（时间、号码、说了什么）；短信可以直接粘贴进来识别。',
      police: '有人威胁你或家人的人身安全，马上报警（110）。',
    } satisfies Lines,
    channelsTitle: '你记下的官方渠道',
    noChannel: '还没有记下官方渠道',
    noChannels: '还没有记下任何一笔债的官方渠道。可以在录入里补上（官方 APP 里的客服电话或“协商还款”入口）。',
    toIntake: '去补上',
    toMessages: '粘贴催收短信，识别并记录',
    toNegotiate: '返回协商',
  },
  en: {
    title: 'Is this collector real?',
    intro:
      'When someone calling or texting as “post-loan”, “legal” or “collection” gets in touch, check it against the lines below. When in doubt, hang up and call the official number yourself.',
    doesTitle: 'A real post-loan team will',
    does: {
      names: 'name its institution and give a name or staff id; you may ask for them and write them down.',
      figures: 'give an amount and a contract number that match the official app.',
      official: 'ask you to pay through the official app or the published company account.',
    } satisfies Lines,
    neverTitle:
      'A real post-loan team never does these (if it happens, it is likely a scam or unlawful collection)',
    never: {
      personalAccount:
        'ask you to pay into a personal account, a personal QR code or a “third-party collector”. Do not pay: it may not count as repayment.',
      authority:
        'claim to be a court, the police or a prosecutor and say “we will arrest you today”. The banks’ collection guideline (industry self-regulation) bans posing as an administrative or judicial body; courts serve their papers themselves and never ask for a transfer on the phone.',
      repairFee:
        'charge for “credit repair”, “cleaning your credit” or “negotiating for you”. Negative records are kept 5 years from when the default ends; you can object to a wrong entry yourself; no one can pay to delete a true record.',
      thirdParties: 'contact your family, colleagues or friends, or message your contact list.',
      night: 'call between 22:00 and 08:00, or many times a day.',
    } satisfies Lines,
    todoTitle: 'What to do',
    todo: {
      hangUp: 'When unsure, hang up: do not confirm amounts, promise payment or give any code on the call.',
      callOfficial:
        'Call the official number below yourself, or ask in the official app, whether this person collects for them.',
      log: 'Log the contact (time, number, what was said); a text message can be pasted in and read.',
      police: 'If anyone threatens your or your family’s safety, call the police (110) now.',
    } satisfies Lines,
    channelsTitle: 'The official channels you noted',
    noChannel: 'no official channel noted yet',
    noChannels:
      'No official channel noted for any debt yet. Add them in the intake (the customer-service number or the “negotiate repayment” entry in the official app).',
    toIntake: 'Add them',
    toMessages: 'Paste collection messages to read and log them',
    toNegotiate: 'Back to negotiation',
  },
});
