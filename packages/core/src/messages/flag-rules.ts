import type { ExtractionConfidence, MessageFlagCode } from './message-types.js';

/** One phrase that raises a flag, matched on normalised (simplified, half-width) text. */
export interface FlagRule {
  code: MessageFlagCode;
  pattern: RegExp;
  confidence: ExtractionConfidence;
  /** For insult_or_threat: which of the two the phrase is. */
  variant?: 'insult' | 'threat';
}

/** People a collector may tell: family and others (no 你/您 needed) and the workplace (with it). */
const FAMILY =
  '家人|家属|亲属|亲人|亲戚|父母|爸妈|爸爸|妈妈|父亲|母亲|配偶|老婆|老公|妻子|丈夫|爱人|子女|孩子|儿子|女儿|兄弟|姐妹|好友|邻居|同学|紧急联系人|担保人|村委|居委|村里人|亲朋好友';
/** "联系公司客服" is no third party: these count only as "你的…" / "您…". */
const WORKPLACE = '朋友|同事|领导|上司|老板|单位|公司|人事|联系人';
/**
 * "你的家人" in a message, "我家人" in the person's own notes of a call. "我公司" is the collector's
 * own firm ("请联系我公司"), so 公司 and 联系人 do not count after 我.
 */
const PEOPLE = `(?:(?:你|您)(?:的)?(?:${FAMILY}|${WORKPLACE})|我(?:的)?(?:${FAMILY}|朋友|同事|领导|上司|老板|单位|人事)|${FAMILY})`;
const AUTHORITY =
  '(?:人民法院|法院|法庭|公安局|公安|派出所|警察|警官|民警|警方|检察院|检察官|法官|执行局|经侦|司法局|司法所|仲裁委员会|仲裁委)';

/**
 * The phrases behind each flag. Written against false alarms: an ordinary repayment reminder
 * ("本期账单应还…到期还款日…", "以免影响征信"), a verification code or an advert contains none of
 * them. A lawsuit may be mentioned by a lawful creditor, so that flag is information only.
 */
export const FLAG_RULES: readonly FlagRule[] = [
  // A lawsuit, arbitration or enforcement announced.
  {
    code: 'threat_lawsuit',
    pattern:
      /起诉|诉讼|立案|走法律(?:程序|途径)|法律程序|司法程序|司法途径|申请(?:支付令|强制执行|仲裁)|强制执行|仲裁|传票|开庭/,
    confidence: 'high',
  },
  {
    code: 'threat_lawsuit',
    pattern: /移交(?:法务|律师|法院|司法)|律师函|委托律师|法务部/,
    confidence: 'medium',
  },

  // A visit to the home, the workplace or the home town.
  {
    code: 'threat_visit',
    pattern: /上门|家访|外访|走访|实地(?:拜访|调查|核实|催收)|当面(?:催收|处理|拜访)/,
    confidence: 'high',
  },
  {
    code: 'threat_visit',
    pattern:
      /(?:到|去|来|找到|找上)(?:(?:你|您)(?:的)?(?:家|家里|单位|公司|老家|户籍地|村|小区)|我(?:的)?(?:家|家里|单位|老家|村|小区))/,
    confidence: 'high',
  },
  {
    code: 'threat_visit',
    pattern: /(?:户籍地|居住地|工作单位|所在地)[^,.!?;\n]{0,6}(?:调查|核实|拜访|走访)/,
    confidence: 'medium',
  },

  // Family, employer, friends or the person's contacts told of the debt, or written to directly.
  {
    code: 'third_party_contact',
    pattern: new RegExp(`(?:联系|通知|告知|致电|打电话给|电话通知|告诉|发函给|发给|通报|约谈)${PEOPLE}`),
    confidence: 'high',
  },
  {
    code: 'third_party_contact',
    pattern: new RegExp(`(?:让|叫)${PEOPLE}(?:都)?(?:知道|了解|帮(?:你|您|我)还|替(?:你|您|我)还|代还)`),
    confidence: 'high',
  },
  {
    code: 'third_party_contact',
    pattern: new RegExp(`(?:找|去找|打给|打电话给)${PEOPLE}`),
    confidence: 'high',
  },
  {
    code: 'third_party_contact',
    pattern: /(?:请|麻烦)?(?:您|你)?(?:代为)?转告|代为通知|请(?:您|你)?(?:提醒|督促|通知)(?:他|她|其)/,
    confidence: 'high',
  },
  {
    code: 'third_party_contact',
    pattern:
      /(?:您|你)的(?:朋友|亲属|家人|亲戚|同事|儿子|女儿|父亲|母亲|丈夫|妻子|老公|老婆|兄弟|姐妹)[^,.!?;\n]{0,12}(?:借款|欠款|逾期|欠)/,
    confidence: 'high',
  },

  // The contact list or the public told: 爆通讯录, group messages, exposure.
  {
    code: 'contact_list_exposure',
    pattern:
      /爆(?:你|您)?(?:的)?通讯录|通讯录(?:里|中|内)?(?:的)?(?:所有|全部)?(?:联系人|好友|人)?.{0,4}(?:发|打|通知|群发|曝光|联系|告知)|(?:联系|通知|群发|打给|发给)(?:你|您)?(?:的)?通讯录/,
    confidence: 'high',
  },
  {
    code: 'contact_list_exposure',
    pattern:
      /(?:所有|全部)(?:联系人|好友|亲友)|群发|曝光|公开(?:你|您)?(?:的)?(?:欠款|欠债|信息|照片|身份)|(?:发|挂)(?:到)?(?:朋友圈|网上|微博|抖音)|网上公示|悬赏|P图/i,
    confidence: 'high',
  },
  { code: 'contact_list_exposure', pattern: /通讯录/, confidence: 'medium' },

  // Court, police or another authority speaking, or a collector's letter dressed up as official.
  {
    code: 'impersonation_authority',
    pattern: new RegExp(`(?:我(?:们)?是|这里是|本(?:院|局|庭))[^,.!?;\\n]{0,10}${AUTHORITY}`),
    confidence: 'high',
  },
  {
    code: 'impersonation_authority',
    pattern: new RegExp(`(?:自称|说是|称是|冒充|假称)(?:是)?[^,.!?;\\n]{0,8}${AUTHORITY}`),
    confidence: 'high',
  },
  {
    code: 'impersonation_authority',
    pattern: new RegExp(`${AUTHORITY}(?:已)?(?:通知|通告|告知|提醒|警告)(?:你|您)`),
    confidence: 'medium',
  },
  {
    code: 'impersonation_authority',
    pattern: /立案通知书|拘传|逮捕令|通缉令|协查(?:函|通知)|执行通知书|传唤|刑事立案|网上追逃|司法冻结/,
    confidence: 'medium',
  },
  { code: 'impersonation_authority', pattern: /律师函|法务函|催告函|最后通牒/, confidence: 'medium' },

  // Payment to a person, a QR code or a "指定" account instead of the lender's own channel.
  {
    code: 'personal_account',
    pattern:
      /(?:转|还|汇|存|付|打款|打钱|支付|还款|转账)[^,.!?;\n]{0,8}(?:个人|私人)(?:账户|账号|银行卡|卡号|卡|微信|支付宝)|私人(?:账户|账号)|(?:收款|付款)码|扫码(?:还款|支付|转账|付款)/,
    confidence: 'high',
  },
  {
    code: 'personal_account',
    pattern: /二维码[^,.!?;\n]{0,6}(?:还款|支付|付款|转账)|(?:还款|支付|付款|转账)[^,.!?;\n]{0,6}二维码/,
    confidence: 'high',
  },
  {
    code: 'personal_account',
    pattern:
      /(?:转|还|汇|打|付)(?:账|款|钱)?(?:到|入|给|至)(?:我|我的|本人|专员|经办人)(?:的)?(?:个人)?(?:账户|账号|银行卡|卡|卡号|微信|支付宝)/,
    confidence: 'high',
  },
  {
    code: 'personal_account',
    pattern:
      /加(?:我)?(?:的)?(?:微信|QQ)[^,.!?;\n]{0,6}(?:还款|支付|转账|付款|处理)|户名:?\s*[\u4e00-\u9fa5]{2,3}(?![\u4e00-\u9fa5])/i,
    confidence: 'high',
  },
  {
    code: 'personal_account',
    pattern:
      /(?:转|还|汇|打款|付)(?:账|款|钱)?(?:到|入|给|至)(?:以下|下面|这个|如下)(?:的)?(?:账户|账号|银行卡|卡)|指定(?:的)?(?:账户|账号|银行卡)/,
    confidence: 'medium',
  },

  // Paid "credit repair" and paid agents for 协商 / 停息挂账 (legal.md §8: 12315 for these).
  {
    code: 'credit_repair_scam',
    pattern:
      /征信修复|修复征信|征信洗白|洗白征信|(?:消除|删除|清除|抹掉|撤销|铲除)(?:逾期|不良|征信)(?:记录)?|铲单|反催收|退息|债务优化/,
    confidence: 'high',
  },
  {
    code: 'credit_repair_scam',
    pattern:
      /代理(?:协商|维权|投诉|停息|延期|还款)|(?:代办|代理|专业团队|律师团队|协商团队)[^,.!?;\n]{0,6}(?:停息挂账|协商还款|个性化分期|延期还款)/,
    confidence: 'high',
  },
  {
    code: 'credit_repair_scam',
    pattern:
      /(?:停息挂账|个性化分期|延期还款|协商还款)[^,.!?;\n]{0,12}(?:包过|包成功|成功率|服务费|前期费|定金|收费|代办)/,
    confidence: 'high',
  },

  // Insults.
  {
    code: 'insult_or_threat',
    pattern:
      /老赖|不要脸|无耻|去死|死全家|全家死|王八蛋|狗东西|傻逼|傻B|\bSB\b|贱人|杂种|(?:你|您|我)(?:是|这个|这种|就是)?(?:个)?(?:骗子|畜生|人渣|垃圾|废物)|骂(?:我|你|您)|辱骂/i,
    confidence: 'high',
    variant: 'insult',
  },
  // Threats of harm, of arrest or of ruin.
  {
    code: 'insult_or_threat',
    pattern:
      /弄死|打死|砍死|砍你|打断(?:你的)?腿|让(?:你|您)(?:全家|家人)?(?:好看|吃不了兜着走)|走着瞧|你等着|等着瞧|(?:别怪|休怪)[^,.!?;\n]{0,4}不客气|不择手段|身败名裂|家破人亡|出门小心|小心(?:你的)?(?:家人|孩子|安全|点)|收拾你|找人(?:收拾|处理)你/,
    confidence: 'high',
    variant: 'threat',
  },
  {
    code: 'insult_or_threat',
    pattern:
      /坐牢|拘留|逮捕|抓(?:你|人|捕)|判刑|牢底坐穿|刑事责任|涉嫌(?:诈骗|犯罪)|诈骗罪|后果自负|后果很严重|后果严重|报案|送(?:你|您)进去/,
    confidence: 'medium',
    variant: 'threat',
  },
];

/**
 * A phrase is not meant when the same clause denies it: "我行不会要求您转账到个人账户",
 * "谨防征信修复诈骗", "不会上门". Only the words just before the phrase count, so "如不还款，将上门"
 * (the 不 is in another clause) still raises the flag.
 */
const NEGATION =
  /(?:不会|不得|绝不|从不|从未|不要|请勿|切勿|勿|谨防|严禁|禁止|警惕|防范|提防|不存在|并非|并不|没有|无需|不需要|不用)[^,.!?;\n。，！？；]{0,10}$/;
/** "…征信修复都是骗局" also denies it: the clause calls the phrase a scam. */
const CALLED_A_SCAM = /^[^,.!?;\n。，！？；]{0,8}(?:是|均为|都是|属于|系)(?:骗局|诈骗)/;

export function isNegated(text: string, start: number, end: number): boolean {
  return (
    NEGATION.test(text.slice(Math.max(0, start - 24), start)) || CALLED_A_SCAM.test(text.slice(end, end + 24))
  );
}
