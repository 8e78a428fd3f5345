import { describe, expect, it } from 'vitest';
import { date } from '../dates/calendar-date.js';
import { extractMessages } from './extract-messages.js';
import type { ExtractedMessage, MessageFlagCode, MessageKind } from './message-types.js';

const today = date('2026-11-21');

/** The fields a case checks; a field left out is not checked, `null` means "not found". */
interface Expected {
  signature?: string | null;
  lender?: string | null;
  /** In fen. */
  amount?: number | null;
  overdueDays?: number | null;
  deadline?: string | null;
  callback?: string | null;
  staffId?: string | null;
  at?: string | null;
  kind?: MessageKind;
  channel?: string;
  /** Exactly these flags, in any order. */
  flags: MessageFlagCode[];
}

/** Messages written for this test: varied lenders, collectors and formats, 繁體 and full-width. */
const CASES: [string, string, Expected][] = [
  [
    'agency for a platform, every field',
    '【某某资产管理】您在借呗的借款已逾期35天，欠款12,345.60元，请于11月25日前处理，否则将安排上门走访。回电13800138000，工号A1024。',
    {
      signature: '某某资产管理',
      lender: '借呗',
      amount: 1234560,
      overdueDays: 35,
      deadline: '2026-11-25',
      callback: '13800138000',
      staffId: 'A1024',
      kind: 'collection',
      channel: 'sms',
      flags: ['threat_visit'],
    },
  ],
  [
    'emergency contact',
    '【招联金融】您的账户已逾期62天，逾期金额¥8,800.00，我司将于近期通知您的紧急联系人。',
    { lender: '招联金融', amount: 880000, overdueDays: 62, flags: ['third_party_contact'] },
  ],
  [
    'law firm announcing a suit',
    '【某某律师事务所】受平安普惠委托，就您拖欠款项一事，我所将向法院提起诉讼，请于2026年11月24日前联系处理。联系电话：021-61234567。',
    {
      signature: '某某律师事务所',
      lender: '平安普惠',
      deadline: '2026-11-24',
      callback: '02161234567',
      flags: ['threat_lawsuit'],
    },
  ],
  [
    'insult and contact list',
    '【某某金融】你这个老赖，再不还款就爆你通讯录，让你身败名裂！',
    { flags: ['contact_list_exposure', 'insult_or_threat'] },
  ],
  [
    'signature styled as a court',
    '【XX人民法院】您因拖欠贷款已被列为被告，请于明天前联系书记员13912345678处理，否则将强制执行。',
    { deadline: '2026-11-22', callback: '13912345678', flags: ['impersonation_authority', 'threat_lawsuit'] },
  ],
  [
    'written to a friend',
    '您好，您的朋友王某在我平台借款已逾期，请代为转告其尽快还款，否则后果自负。',
    { signature: null, flags: ['third_party_contact', 'insult_or_threat'] },
  ],
  [
    'personal account with a name',
    '【安逸花】您的欠款已严重逾期，请立即将3,000元转入以下个人账户：6222021234567890123 户名：李强。',
    { lender: '安逸花', amount: 300000, callback: null, flags: ['personal_account'] },
  ],
  [
    'credit repair advert',
    '【某某信息咨询】专业征信修复，停息挂账包成功，前期费用仅需998元，详询客服。',
    { flags: ['credit_repair_scam'] },
  ],
  [
    'call notes at night',
    '11月20日 23:45 来电 17712345678，对方自称工号8848，说明天要到我单位找我领导。',
    {
      at: '2026-11-20T23:45',
      kind: 'call_summary',
      channel: 'phone',
      callback: '17712345678',
      staffId: '8848',
      flags: ['threat_visit', 'third_party_contact', 'night_contact'],
    },
  ],
  [
    'early morning, deadline counted from that day',
    '2026/11/19 07:15\n【某某消费金融】请今天内还款，否则我们将联系你的家人和同事。',
    { at: '2026-11-19T07:15', deadline: '2026-11-19', flags: ['third_party_contact', 'night_contact'] },
  ],
  [
    '万 amount',
    '【某某小贷】您的借款逾期第15天，应还本息合计1.2万元，请尽快处理。',
    { amount: 1200000, overdueDays: 15, flags: [] },
  ],
  [
    'traditional and full-width',
    '【ＸＸ銀行】您的信用卡已逾期，欠款１，２３４．５６元，請於１１月３０日前還款，否則將上門催收。',
    {
      signature: 'XX银行',
      lender: 'XX银行',
      amount: 123456,
      deadline: '2026-11-30',
      flags: ['threat_visit'],
    },
  ],
  [
    'traditional, lawyer and family',
    '【某某資產】閣下欠款已逾期90天，我司已委託律師，將聯繫您的家屬。',
    { overdueDays: 90, flags: ['threat_lawsuit', 'third_party_contact'] },
  ],
  [
    'credit report mention is lawful',
    '【美团】您在美团借钱的欠款已逾期，如不处理，我们将按合同约定上报征信。',
    { lender: '美团借钱', flags: [] },
  ],
  [
    'call notes in the afternoon',
    '今天下午3点接到电话，对方说是京东金条的贷后，工号JD3321，说再不还就要起诉我，让我家人帮我还。',
    {
      at: '2026-11-21T15:00',
      lender: '京东金条',
      staffId: 'JD3321',
      kind: 'call_summary',
      flags: ['threat_lawsuit', 'third_party_contact'],
    },
  ],
  [
    'all contacts within 24 hours',
    '【某某科技】您的逾期信息将在24小时内发送给您通讯录中的所有联系人。',
    { deadline: '2026-11-22', flags: ['contact_list_exposure'] },
  ],
  [
    'police signature, arrest',
    '【公安局经侦大队】你涉嫌信用卡诈骗，请立即联系民警0755-88886666，否则将上门抓捕。',
    { callback: '075588886666', flags: ['impersonation_authority', 'insult_or_threat', 'threat_visit'] },
  ],
  [
    'plain overdue notice',
    '【网商贷】尊敬的客户，您的网商贷已逾期3天，逾期金额2,100.00元，为避免影响您的信用，请尽快还款。',
    { lender: '网商贷', amount: 210000, overdueDays: 3, kind: 'collection', flags: [] },
  ],
  [
    'lawyer letter',
    '【某某律师事务所】律师函：鉴于您长期拖欠借款，本所受托正式通知您，若3日内仍不处理，将移交法院立案。',
    { deadline: '2026-11-24', flags: ['impersonation_authority', 'threat_lawsuit'] },
  ],
  [
    'a lawful offer to reduce charges',
    '【中原消费金融】您好，您的欠款可申请减免部分罚息，请联系官方客服400-123-4567协商还款。',
    { lender: '中原消费金融', callback: '4001234567', kind: 'collection', flags: [] },
  ],
  ['WeChat payment', '【某平台】您已逾期，加我微信zx8899还款，可减免利息。', { flags: ['personal_account'] }],
  [
    'QR code and a visit',
    '【某某金融】扫码还款，二维码见附件，逾期将上门。',
    { flags: ['personal_account', 'threat_visit'] },
  ],
  [
    'pre-trial mediation',
    '【某某调解中心】您的欠款案件已进入诉前调解阶段，请在11月28日前联系调解员，工号TJ-0021。',
    { staffId: 'TJ-0021', deadline: '2026-11-28', flags: [] },
  ],
  [
    'traditional insult and threat',
    '【某某金融】妳這個騙子，再不還錢就讓妳全家好看！',
    { flags: ['insult_or_threat'] },
  ],
  [
    'letter to the employer',
    '【某某金融】我们已经掌握你的单位地址，将发函给你的单位人事部门。',
    { flags: ['third_party_contact'] },
  ],
  [
    'credit report and a service number',
    '【某某金融】您的逾期信息已提交至征信系统，如需协商请拨打95188。',
    { callback: '95188', flags: [] },
  ],
  [
    'date header above a time',
    '11月18日\n23:10 【某某金融】你的欠款今天必须处理。',
    { at: '2026-11-18T23:10', flags: ['night_contact'] },
  ],
  [
    'home town',
    '【某某金融】你再不还，我们就派人去你老家走访，让村里人都知道。',
    { flags: ['threat_visit', 'third_party_contact'] },
  ],
  [
    'field visit',
    '【某某金融】通知：您名下欠款仍未结清，我司将按规定安排外访人员核实。',
    { flags: ['threat_visit'] },
  ],
  [
    'full-width Latin signature',
    '【ＡＢＣ Ｌｏａｎ】Ｙｏｕｒ ｌｏａｎ ｉｓ ｏｖｅｒｄｕｅ，请立即还款￥５００',
    { signature: 'ABC Loan', amount: 50000, flags: [] },
  ],
  [
    'threat to report to the police',
    '【某某金融】我是某某公司的法务，若再不处理，我们将向您户籍地派出所报案。',
    { flags: ['insult_or_threat'] },
  ],
  [
    'ultimatum',
    '【某某金融】最后通牒：今日18点前不还清全部欠款，将启动司法程序。',
    { deadline: '2026-11-21', flags: ['impersonation_authority', 'threat_lawsuit'] },
  ],
  [
    'bank announcing a lawsuit',
    '【XX银行】您的信用卡欠款已逾期120天，已达到起诉条件，我行将依法向人民法院提起诉讼。',
    { overdueDays: 120, flags: ['threat_lawsuit'] },
  ],
  [
    '花呗 overdue',
    '【花呗】您的花呗已逾期5天，待还金额¥1,580.32。',
    { lender: '花呗', amount: 158032, overdueDays: 5, flags: [] },
  ],
  ['Alipay of a person', '【某某】欠款请打到我的支付宝，转完截图发我。', { flags: ['personal_account'] }],
  [
    'friends in the contact list',
    '【某某金融】您的欠款已移交第三方催收机构，我们将联系您的通讯录好友。',
    { flags: ['contact_list_exposure'] },
  ],
  [
    'a lender saying what it never does',
    '【某某金融】温馨提示：我司从不以公检法名义催收，也不会要求您转账到个人账户，请认准官方还款渠道。',
    { flags: [] },
  ],
  ['moments', '【某某金融】三天内不还就把你的欠款信息发到朋友圈。', { flags: ['contact_list_exposure'] }],
  [
    'call notes, insult at 1:30',
    '昨天凌晨1点半又打来电话骂我是废物，号码18612345678。',
    {
      at: '2026-11-20T01:30',
      callback: '18612345678',
      kind: 'call_summary',
      flags: ['insult_or_threat', 'night_contact'],
    },
  ],
  [
    'overdue days without 逾期',
    '【某某小贷】您的借款已超期18天，请尽快还款，客服电话0571-88001234。',
    { overdueDays: 18, callback: '057188001234', flags: [] },
  ],
  [
    'end signature',
    '您的借款已逾期7天，今日务必处理，否则将通知您的父母【小赢卡贷】',
    { signature: '小赢卡贷', lender: '小赢卡贷', overdueDays: 7, flags: ['third_party_contact'] },
  ],
  [
    'square-bracket signature',
    '[某某银行]您的信用卡逾期未还，欠款5,000元，请于12月1日前还款。',
    { signature: '某某银行', amount: 500000, deadline: '2026-12-01', flags: [] },
  ],
  [
    'staff id and a fee agent',
    '【债务优化中心】协商团队代办停息挂账，专员编号7788，成功率99%。',
    { staffId: '7788', flags: ['credit_repair_scam'] },
  ],
];

function check(message: ExtractedMessage | undefined, expected: Expected) {
  expect(message).toBeDefined();
  if (!message) return;
  const value = <T>(item: { value: T } | null) => (item === null ? null : item.value);
  if ('signature' in expected) expect(value(message.signature)).toBe(expected.signature);
  if ('lender' in expected) expect(value(message.lender)).toBe(expected.lender);
  if ('amount' in expected) expect(value(message.amount)).toBe(expected.amount);
  if ('overdueDays' in expected) expect(value(message.overdueDays)).toBe(expected.overdueDays);
  if ('deadline' in expected) expect(value(message.deadline)).toBe(expected.deadline);
  if ('callback' in expected) expect(value(message.callbackNumber)).toBe(expected.callback);
  if ('staffId' in expected) expect(value(message.staffId)).toBe(expected.staffId);
  if ('at' in expected) {
    const at = message.receivedAt;
    expect(at && `${at.date}T${at.time}`).toBe(expected.at);
  }
  if (expected.kind) expect(message.kind.value).toBe(expected.kind);
  if (expected.channel) expect(message.channel.value).toBe(expected.channel);
  expect(message.flags.map((flag) => flag.code).sort()).toEqual([...expected.flags].sort());
}

describe('extractMessages: one message at a time', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)('%s', (_name, text, expected) => {
    const messages = extractMessages(text, { today });
    expect(messages).toHaveLength(1);
    check(messages[0], expected);
    expect(messages[0]?.text).toBe(text.trim());
  });

  it('every flag carries a basis that is C/S only, and evidence quoted as pasted', () => {
    for (const [, text] of CASES) {
      for (const flag of extractMessages(text, { today })[0]?.flags ?? []) {
        if (flag.code !== 'night_contact' && flag.code !== 'too_frequent')
          expect(text).toContain(flag.evidence);
        expect(['high', 'medium', 'low']).toContain(flag.confidence);
        if (flag.code !== 'personal_account') expect(flag.citations.length).toBeGreaterThan(0);
        expect(flag.citations).not.toContain('criminal-law-293-1');
      }
    }
  });

  it('cites 刑法第293条之一 only for an illegal debt, and only on harassment', () => {
    const text = '【某某金融】你这个老赖，再不还就上门，请转到我个人账户。';
    const lawful = extractMessages(text, { today })[0]?.flags ?? [];
    const illegal = extractMessages(text, { today, illegalDebt: true })[0]?.flags ?? [];
    expect(lawful.flatMap((flag) => flag.citations)).not.toContain('criminal-law-293-1');
    const cites = (code: MessageFlagCode) => illegal.find((flag) => flag.code === code)?.citations ?? [];
    expect(cites('insult_or_threat')).toContain('criminal-law-293-1');
    expect(cites('threat_visit')).toContain('criminal-law-293-1');
    expect(cites('personal_account')).not.toContain('criminal-law-293-1');
  });
});

describe('extractMessages: several pasted at once', () => {
  it('splits at blank lines, keeping each text verbatim', () => {
    const pasted =
      '【甲金融】您已逾期10天，请尽快还款。\n\n\n【乙银行】您的信用卡已逾期，请联系95555。\r\n\r\n11月20日 22:30 来电，对方说要联系我老婆。';
    const messages = extractMessages(pasted, { today });
    expect(messages.map((m) => m.text)).toEqual([
      '【甲金融】您已逾期10天，请尽快还款。',
      '【乙银行】您的信用卡已逾期，请联系95555。',
      '11月20日 22:30 来电，对方说要联系我老婆。',
    ]);
    expect(messages[2]?.flags.map((f) => f.code).sort()).toEqual(['night_contact', 'third_party_contact']);
  });

  it('splits repeated 【…】 signatures on one line and on consecutive lines', () => {
    const inline = extractMessages(
      '【某某金融】您已逾期10天，请尽快还款。【某某金融】再不还款将联系您的单位。',
      { today },
    );
    expect(inline.map((m) => m.flags.map((f) => f.code))).toEqual([[], ['third_party_contact']]);
    const lines = extractMessages('【甲】请还款。\n【乙】请还款，否则上门。\n【丙】请还款。', { today });
    expect(lines.map((m) => m.signature?.value)).toEqual(['甲', '乙', '丙']);
  });

  it('splits signatures at the end of each message', () => {
    const messages = extractMessages(
      '您的借款已逾期，请今日处理【小赢卡贷】您好，请于明天前还款，否则上门【小赢卡贷】',
      { today },
    );
    expect(messages).toHaveLength(2);
    expect(messages.map((m) => m.signature?.value)).toEqual(['小赢卡贷', '小赢卡贷']);
    expect(messages[1]?.flags.map((f) => f.code)).toEqual(['threat_visit']);
  });

  it('splits at timestamps, as a phone export lists them', () => {
    const messages = extractMessages(
      '2026-11-20 21:58 【某某金融】请还款\n2026-11-20 22:05 【某某金融】再不还就上门',
      { today },
    );
    expect(messages.map((m) => m.receivedAt?.time)).toEqual(['21:58', '22:05']);
    expect(messages.map((m) => m.flags.map((f) => f.code).sort())).toEqual([
      [],
      ['night_contact', 'threat_visit'],
    ]);
  });

  it('too_frequent: more than 6 contacts on one day, counting those already logged', () => {
    const seven = Array.from({ length: 7 }, (_, i) => `2026-11-20 1${i}:00 【某某金融】请尽快还款`).join(
      '\n',
    );
    const messages = extractMessages(seven, { today });
    expect(messages).toHaveLength(7);
    for (const message of messages) {
      const flag = message.flags.find((f) => f.code === 'too_frequent');
      expect(flag).toMatchObject({ attempts: 7, confidence: 'high' });
    }
    const six = Array.from({ length: 6 }, (_, i) => `2026-11-20 1${i}:00 【某某金融】请尽快还款`).join('\n');
    expect(extractMessages(six, { today }).some((m) => m.flags.length > 0)).toBe(false);
    const withLog = extractMessages(six, { today, earlierContacts: ['2026-11-20T08:30'] });
    expect(withLog.every((m) => m.flags.some((f) => f.code === 'too_frequent'))).toBe(true);
  });

  it('reads dates without a year as the past for timestamps and the future for deadlines', () => {
    const [message] = extractMessages('12月30日 10:00 【某某金融】请于1月5日前还款', {
      today: date('2027-01-02'),
    });
    expect(message?.receivedAt?.date).toBe('2026-12-30');
    expect(message?.deadline?.value).toBe('2027-01-05');
  });
});

/** Ordinary notices from banks and platforms: none may be flagged as harassment. */
const ORDINARY: [string, string, MessageKind][] = [
  [
    'card bill',
    '【招商银行】您尾号1234的信用卡本期账单应还人民币3,456.78元，最低还款345.68元，到期还款日11月25日。请按时还款，以免影响您的信用记录。回复TD退订',
    'repayment_reminder',
  ],
  [
    'verification code',
    '【工商银行】您的验证码为834921，5分钟内有效，请勿泄露给他人。如非本人操作，请致电95588。',
    'verification_code',
  ],
  [
    'verification code, traditional',
    '【中國銀行】您的驗證碼為 556677，請勿告知他人，銀行工作人員不會向您索取。',
    'verification_code',
  ],
  [
    'credit line advert',
    '【中国银行】尊敬的客户，您的信用卡额度已提升至50000元，立即领取免息券，回T退订。',
    'marketing',
  ],
  [
    'loan advert',
    '【某某贷】恭喜您获得最高20万元借款额度，最快3分钟到账，扫描二维码下载APP领取，拒收请回复R',
    'marketing',
  ],
  [
    'anti-fraud notice',
    '【建设银行】温馨提示：谨防电信诈骗，我行不会要求您向个人账户转账，也不会以公检法名义要求汇款。',
    'other',
  ],
  [
    'auto-debit',
    '【平安银行】您的贷款将于2026年12月01日自动扣款2,000.00元，请确保还款账户余额充足。',
    'repayment_reminder',
  ],
  ['花呗 bill', '【花呗】您本月账单1,200.00元将于10日自动还款，如有疑问请联系客服。', 'repayment_reminder'],
  ['白条 bill', '【京东金融】白条账单已出，应还金额588.00元，最后还款日11月28日。', 'repayment_reminder'],
  [
    'credit repair warning',
    '【招商银行】提醒：谨防“征信修复”诈骗，征信异议可免费向人民银行征信中心提出。',
    'other',
  ],
  ['spam report', '【中国移动】如收到垃圾短信，请转发至10086999举报。', 'other'],
  ['customer service', '【某某消费金融】您的还款已到账，如有疑问请联系公司客服400-100-1000。', 'other'],
  ['balance', '【农业银行】您个人账户余额不足，本期贷款扣款失败，请于今日存入足额资金。', 'other'],
  [
    'full-width reminder',
    '【交通銀行】您的信用卡本期應還款額ＲＭＢ１，０００．００，到期還款日１２月０５日。',
    'repayment_reminder',
  ],
];

describe('extractMessages: ordinary notices are not harassment', () => {
  it.each(ORDINARY)('%s', (_name, text, kind) => {
    const messages = extractMessages(text, { today });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.flags).toEqual([]);
    if (kind !== 'other') expect(messages[0]?.kind.value).toBe(kind);
  });

  it('a bill keeps its facts: amount and due date', () => {
    const [bill] = extractMessages(ORDINARY[0]?.[1] ?? '', { today });
    expect(bill?.amount?.value).toBe(345678);
    expect(bill?.deadline?.value).toBe('2026-11-25');
    const [code] = extractMessages(ORDINARY[1]?.[1] ?? '', { today });
    // The code is no phone number and no amount.
    expect(code?.amount).toBeNull();
    expect(code?.callbackNumber?.value).toBe('95588');
  });

  it('a code or an advert at night is no night contact', () => {
    const [message] = extractMessages(`23:30 ${ORDINARY[1]?.[1]}`, { today });
    expect(message?.flags).toEqual([]);
  });
});
