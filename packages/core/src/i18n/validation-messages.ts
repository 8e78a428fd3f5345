import type {
  SizeOrigin,
  ValidationIssueCode,
  ValidationIssueFacts,
  ValidationIssueParams,
  ValueKind,
} from '../case/issue-facts.js';
import type { NotApplicableReason } from '../documents/applicable-kinds.js';
import { fen } from '../money/fen.js';
import type { MoneyParseError } from '../money/parse-money.js';
import { formatMoney, type Lang } from './format.js';

type Catalog = { [C in ValidationIssueCode]: (params: ValidationIssueParams<C>) => string };

const KIND_ZH: Record<ValueKind, string> = {
  text: '文字',
  number: '数字',
  whole_number: '整数',
  boolean: '布尔值 true 或 false',
  list: '列表 [ ]',
  object: '对象 { }',
  amount: '金额（字符串或数字）',
  rate: '利率（如 "0.18" 或 "18%"）',
  date: '日期字符串 YYYY-MM-DD',
  date_time: '日期时间 YYYY-MM-DDTHH:mm',
  instant: 'ISO 8601 时间',
  fee_timing: 'upfront、per_period 或日期 YYYY-MM-DD',
  value: '其他类型的值',
};

const KIND_EN: Record<ValueKind, string> = {
  text: 'text',
  number: 'a number',
  whole_number: 'a whole number',
  boolean: 'true or false',
  list: 'a list [ ]',
  object: 'an object { }',
  amount: 'an amount (string or number)',
  rate: 'a rate such as "0.18" or "18%"',
  date: 'a date string YYYY-MM-DD',
  date_time: 'a date and time YYYY-MM-DDTHH:mm',
  instant: 'an ISO 8601 time',
  fee_timing: 'upfront, per_period or a date YYYY-MM-DD',
  value: 'a value of another kind',
};

const AMOUNT_ZH: Record<MoneyParseError, string> = {
  empty: '金额为空',
  not_a_number: '不是有效金额，例如 "1234.56" 或 "1.2万"',
  too_many_decimals: '金额最多精确到分（两位小数）',
  too_large: '金额过大',
};

const AMOUNT_EN: Record<MoneyParseError, string> = {
  empty: 'the amount is empty',
  not_a_number: 'not a valid amount, e.g. "1234.56" or "12000"',
  too_many_decimals: 'at most two decimal places (to the fen)',
  too_large: 'the amount is too large',
};

const NOT_APPLICABLE_ZH: Record<NotApplicableReason, string> = {
  limitation_not_run: '这笔债看不出已过诉讼时效，不能提出时效抗辩',
  not_unlicensed: '报案材料只用于可能没有放贷资质的放款方',
  unlicensed_lender: '放款方可能没有放贷资质：不要通过它的“官方渠道”协商，请用报案材料和投诉信',
};

const NOT_APPLICABLE_EN: Record<NotApplicableReason, string> = {
  limitation_not_run: 'limitation has not run on this debt: no limitation defence',
  not_unlicensed: 'the police report is for unlicensed lenders only',
  unlicensed_lender:
    'the lender may be unlicensed: report it instead of negotiating through its "official channel"',
};

const UNIT_ZH: Record<SizeOrigin, string> = { number: '', text: ' 个字符', list: ' 项', value: '' };
const UNIT_EN: Record<SizeOrigin, [one: string, many: string]> = {
  number: ['', ''],
  text: [' character', ' characters'],
  list: [' item', ' items'],
  value: ['', ''],
};

const unitEn = (origin: SizeOrigin, count: number) => UNIT_EN[origin][count === 1 ? 0 : 1];
const yuan = (amount: number, lang: Lang) => formatMoney(fen(amount), lang);

const ZH: Catalog = {
  required: () => '必填',
  wrong_type: (p) => `类型错误，应为${KIND_ZH[p.expected]}`,
  unknown_fields: (p) => `未知字段 ${p.keys.join('、')}`,
  not_one_of: (p) => (p.allowed.length === 1 ? `应为 ${p.allowed[0]}` : `应为 ${p.allowed.join(' | ')} 之一`),
  too_small: (p) => {
    if (p.origin === 'text' && p.minimum === 1) return '不能为空';
    if (p.origin === 'number' && p.minimum === 0) return p.inclusive ? '不能为负数' : '必须大于0';
    return p.inclusive
      ? `至少 ${p.minimum}${UNIT_ZH[p.origin]}`
      : `必须大于 ${p.minimum}${UNIT_ZH[p.origin]}`;
  },
  too_big: (p) =>
    p.inclusive ? `不能超过 ${p.maximum}${UNIT_ZH[p.origin]}` : `必须小于 ${p.maximum}${UNIT_ZH[p.origin]}`,
  out_of_range: (p) => `应在 ${p.minimum} 到 ${p.maximum} 之间`,
  invalid_format: () => '格式不正确',
  invalid: () => '值无效',
  invalid_json: (p) =>
    p.line === undefined ? '不是有效的 JSON' : `不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列有误`,
  file_too_large: (p) => `文件过大，不超过 ${Math.round(p.limitBytes / 1024 / 1024)} MB`,
  unsupported_version: (p) => `目前只支持 version ${p.supported}`,
  invalid_amount: (p) => AMOUNT_ZH[p.reason],
  amount_not_positive: () => '金额必须大于0',
  amount_negative: () => '金额不能为负数',
  invalid_date: () => '不是有效日期，格式为 YYYY-MM-DD',
  invalid_date_time: () => '不是有效的日期时间，格式为 YYYY-MM-DDTHH:mm，例如 2026-11-03T22:40',
  invalid_rate: () => '不是有效利率，例如 "0.18" 或 "18%"',
  rate_too_high: (p) => `利率应在 0 到 ${p.max} 之间（小数形式，18% 写作 0.18）`,
  invalid_percent: () => '应为百分数，如 3.00',
  invalid_debt_id: () => '只能用字母、数字、- 和 _，最多64个字符',
  invalid_card_last4: () => '应为卡号后4位数字',
  invalid_phone: () => '不是有效电话号码',
  invalid_id_number: () => '身份证号应为18位（或旧式15位）',
  invalid_sha256: () => '应为64位十六进制的 SHA-256 值',
  rate_missing: () => '需要填写一个利率：annualRate、monthlyRate、dailyRate 或 feeRatePerPeriod',
  rate_repeated: (p) => `只能填写一个利率，已填写 ${p.given.join('、')}`,
  flat_fee_needs_fee_rate: () => 'flat_fee 分期需要 feeRatePerPeriod（每期手续费率）',
  received_above_principal: () => '到手金额不能大于合同本金',
  before_contract: (p) => `早于合同日期 ${p.contractDate}`,
  before_card_opened: (p) => `早于开卡日期 ${p.opened}`,
  before_first_missed_due: (p) => `早于第一次未还的到期还款日 ${p.firstMissedDueDate}`,
  card_needs_credit_card: () => '只有信用卡（lenderType 为 credit_card）才填写 card',
  claim_parts_above_total: (p) =>
    `各部分之和 ${yuan(p.parts, 'zh')}大于对方主张的总额 ${yuan(p.total, 'zh')}`,
  duplicate_id: (p) => `编号 ${p.id} 重复`,
  after_as_of: (p) => `晚于分析日期 ${p.asOf}`,
  not_after_previous: (p) => `应晚于上一期的 ${p.previous}`,
  before_lpr_reform: (p) => `早于 ${p.reform}，现行的LPR从这一天起才开始报价`,
  after_today: (p) => `晚于今天（${p.today}），这一天的报价还没有公布`,
  instalments_sum_mismatch: (p) =>
    `各期金额合计 ${yuan(p.sum, 'zh')}，与协议总额 ${yuan(p.total, 'zh')}不一致`,
  no_sign_change: () => '现金流没有正负变化（既要有收到的钱，也要有还出的钱），无法计算利率',
  no_rate_found: () => '在合理范围内找不到使现金流平衡的利率',
  no_messages: () => '没有消息：请粘贴短信、APP消息或通话记录，多条之间空一行',
  message_too_long: (p) => `第${p.number}条消息超过${p.max}字，请在消息之间空一行再粘贴`,
  debt_needs_case_file: () => '指定债务需要同时提供案件文件',
  unknown_debt: (p) =>
    `没有编号为 ${p.id} 的债务；现有：${p.known.length === 0 ? '（无）' : p.known.join(', ')}`,
  kind_not_applicable: (p) =>
    `${p.kind} 不适用于这笔债：${NOT_APPLICABLE_ZH[p.reason]}；可用的文书：${p.applicable.join(', ')}`,
};

const EN: Catalog = {
  required: () => 'required',
  wrong_type: (p) => `wrong type: expected ${KIND_EN[p.expected]}`,
  unknown_fields: (p) => `unknown field${p.keys.length === 1 ? '' : 's'} ${p.keys.join(', ')}`,
  not_one_of: (p) =>
    p.allowed.length === 1 ? `must be ${p.allowed[0]}` : `must be one of ${p.allowed.join(' | ')}`,
  too_small: (p) => {
    if (p.origin === 'text' && p.minimum === 1) return 'must not be empty';
    if (p.origin === 'number' && p.minimum === 0)
      return p.inclusive ? 'must not be negative' : 'must be greater than 0';
    return p.inclusive
      ? `at least ${p.minimum}${unitEn(p.origin, p.minimum)}`
      : `more than ${p.minimum}${unitEn(p.origin, p.minimum)}`;
  },
  too_big: (p) =>
    p.inclusive
      ? `at most ${p.maximum}${unitEn(p.origin, p.maximum)}`
      : `less than ${p.maximum}${unitEn(p.origin, p.maximum)}`,
  out_of_range: (p) => `must be between ${p.minimum} and ${p.maximum}`,
  invalid_format: () => 'wrong format',
  invalid: () => 'invalid value',
  invalid_json: (p) =>
    p.line === undefined ? 'not valid JSON' : `not valid JSON: error at line ${p.line}, column ${p.column}`,
  file_too_large: (p) => `file too large: at most ${Math.round(p.limitBytes / 1024 / 1024)} MB`,
  unsupported_version: (p) => `only version ${p.supported} is supported`,
  invalid_amount: (p) => AMOUNT_EN[p.reason],
  amount_not_positive: () => 'the amount must be greater than 0',
  amount_negative: () => 'the amount must not be negative',
  invalid_date: () => 'not a valid date: use YYYY-MM-DD',
  invalid_date_time: () => 'not a valid date and time: use YYYY-MM-DDTHH:mm, e.g. 2026-11-03T22:40',
  invalid_rate: () => 'not a valid rate, e.g. "0.18" or "18%"',
  rate_too_high: (p) => `the rate must be between 0 and ${p.max} as a fraction: 18 % is 0.18`,
  invalid_percent: () => 'expected a percentage such as 3.00',
  invalid_debt_id: () => 'letters, digits, - and _ only, up to 64 characters',
  invalid_card_last4: () => 'the last 4 digits of the card number',
  invalid_phone: () => 'not a valid phone number',
  invalid_id_number: () => 'an ID number has 18 characters (or 15, the old kind)',
  invalid_sha256: () => 'a SHA-256 is 64 hexadecimal characters',
  rate_missing: () => 'give one rate: annualRate, monthlyRate, dailyRate or feeRatePerPeriod',
  rate_repeated: (p) => `give exactly one rate; given: ${p.given.join(', ')}`,
  flat_fee_needs_fee_rate: () => 'flat_fee instalments need feeRatePerPeriod (the fee rate per period)',
  received_above_principal: () => 'the amount received cannot exceed the principal',
  before_contract: (p) => `before the contract date ${p.contractDate}`,
  before_card_opened: (p) => `before the card was opened (${p.opened})`,
  before_first_missed_due: (p) => `before the first missed due date ${p.firstMissedDueDate}`,
  card_needs_credit_card: () => 'card is only for lenderType credit_card',
  claim_parts_above_total: (p) =>
    `the parts add up to ${yuan(p.parts, 'en')}, more than the total claimed ${yuan(p.total, 'en')}`,
  duplicate_id: (p) => `duplicate id ${p.id}`,
  after_as_of: (p) => `after the analysis date ${p.asOf}`,
  not_after_previous: (p) => `must be after the previous instalment, ${p.previous}`,
  before_lpr_reform: (p) => `before ${p.reform}, the first quotation of the reformed LPR`,
  after_today: (p) => `after today (${p.today}): not published yet`,
  instalments_sum_mismatch: (p) =>
    `the instalments add up to ${yuan(p.sum, 'en')}, not the total ${yuan(p.total, 'en')}`,
  no_sign_change: () => 'the cash flows never change sign (money in and money out): no rate exists',
  no_rate_found: () => 'no rate in the searched range balances these cash flows',
  no_messages: () => 'no messages: paste SMS, app messages or call notes, a blank line between them',
  message_too_long: (p) =>
    `message ${p.number} is over ${p.max} characters: put a blank line between messages`,
  debt_needs_case_file: () => 'a debt id needs the case file',
  unknown_debt: (p) =>
    `no debt has the id ${p.id}; there are: ${p.known.length === 0 ? '(none)' : p.known.join(', ')}`,
  kind_not_applicable: (p) =>
    `${p.kind} does not fit this debt: ${NOT_APPLICABLE_EN[p.reason]}; kinds that do: ${p.applicable.join(', ')}`,
};

/** The issue in plain words, in `lang`. */
export function renderValidationIssue(issue: ValidationIssueFacts, lang: Lang): string {
  const catalog = lang === 'zh' ? ZH : EN;
  // The union is correlated by code; TypeScript cannot see that through the lookup, so narrow once here.
  const render = catalog[issue.code] as (params: ValidationIssueFacts['params']) => string;
  return render(issue.params);
}
