import { DOCUMENT_TITLES, type Lang, NEGOTIATION_STATE_LABELS } from '@shangan/core';
import type {
  ApiErrorCode,
  ApiErrorFacts,
  ApiErrorParams,
  CasePermission,
  MissingThing,
} from './api-error-facts.js';

type Catalog = { [C in ApiErrorCode]: (params: ApiErrorParams<C>) => string };

const MISSING_ZH: Record<MissingThing, string> = {
  endpoint: '没有这个地址',
  case: '找不到这个案件',
  debt: '找不到这笔债务',
  contact: '找不到这条联系记录',
  evidence: '找不到这个证据文件',
  agreement: '找不到这份协议',
  instalment: '找不到这一期',
  advisor: '没有使用这个邮箱的顾问',
  account: '找不到这个账户',
  lpr_quotation: '你没有添加过这一天的LPR报价',
};

const MISSING_EN: Record<MissingThing, string> = {
  endpoint: 'no such endpoint',
  case: 'case not found',
  debt: 'debt not found',
  contact: 'contact not found',
  evidence: 'evidence file not found',
  agreement: 'agreement not found',
  instalment: 'instalment not found',
  advisor: 'no advisor has this email address',
  account: 'account not found',
  lpr_quotation: 'you have added no LPR quotation of that date',
};

/** A refused advisor is told what the case's owner would have to grant. */
const NOT_PERMITTED_ZH: Record<CasePermission, string> = {
  read: '你不能查看这个案件',
  edit: '案件本人没有授权你修改这个案件。需要修改时，请对方在“隐私”页面授权“可以修改”。',
  reveal:
    '案件本人没有授权你导出完整的电话、身份证号和住址。可以不含这些信息导出，或请对方授权“可以导出完整信息”。',
  owner: '只有案件本人可以这样做',
};

const NOT_PERMITTED_EN: Record<CasePermission, string> = {
  read: 'you may not see this case',
  edit: 'the client has not allowed you to change this case; they can allow it on their Privacy page',
  reveal:
    'the client has not allowed you to export full phone and ID numbers and the address; export without them, or ask the client to allow it',
  owner: 'only the case’s owner may do this',
};

const kilobytes = (bytes: number) => Math.round(bytes / 1024);
/** "500 MB", "1.5 MB", and below one megabyte "31 KB" (a small limit must not read as "0 MB"). */
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${kilobytes(bytes)} KB`;

const ZH: Catalog = {
  invalid_input: () => '输入无效',
  document_not_applicable: (p) =>
    `${DOCUMENT_TITLES[p.kind]}不适用于这笔债；可用的文书：${p.applicable.map((k) => DOCUMENT_TITLES[k]).join('、')}`,
  invalid_json: () => '请求体不是有效的 JSON',
  unsupported_media_type: (p) =>
    p.expected === 'json' ? '请求体应为 JSON' : '应为案件文件 JSON 或导出的 zip',
  too_large: (p) => `请求体过大，上限 ${kilobytes(p.limitBytes)} KB`,
  not_found: (p) => MISSING_ZH[p.what],
  invalid_transition: (p) => {
    const zh = NEGOTIATION_STATE_LABELS.zh;
    return `不能从「${zh[p.from]}」改为「${zh[p.to]}」，现在可以改为：${p.allowed.map((state) => zh[state]).join('、')}`;
  },
  contact_limit_reached: (p) =>
    `这个案件已有 ${p.limit} 条联系记录，达到上限，不能再添加；可以删除不需要的记录，或导出后新建案件`,
  evidence_limit_reached: (p) =>
    `这个案件的证据文件合计不能超过 ${size(p.limitBytes)}（已用 ${size(p.usedBytes)}），这个文件放不下`,
  lpr_limit_reached: (p) => `你已添加 ${p.limit} 条LPR报价，达到上限；可以先删除不再需要的报价`,
  invalid_credentials: () => '邮箱或密码不正确',
  unauthenticated: () => '请先登录',
  not_permitted: (p) => NOT_PERMITTED_ZH[p.needs],
  too_many_attempts: (p) =>
    `${p.action === 'login' ? '登录失败次数过多' : '注册次数过多'}，请${Math.ceil(p.retryAfterSeconds / 60)}分钟后再试`,

  precondition_required: () =>
    '保存时需要说明你看到的是案件的哪个版本（If-Match），这次修改没有保存；请重新打开案件再改',
  precondition_failed: () =>
    '这个案件在别处已被修改（另一个窗口、设备或你的顾问），你的这次修改没有保存，以免覆盖那边的改动；请查看最新内容后再保存一次',
  foreign_host: (p) => `拒绝来自其他主机名的请求（${p.host} 不是本服务器）`,
  foreign_origin: () => '拒绝来自其他网站的请求',
  shutting_down: () => '服务器正在关闭，请稍后再试',
  internal: () => '服务器内部错误，请稍后再试',
};

const EN: Catalog = {
  invalid_input: () => 'invalid input',
  document_not_applicable: (p) =>
    `the document ${p.kind} does not fit this debt; the documents that do: ${p.applicable.join(', ')}`,
  invalid_json: () => 'the body is not valid JSON',
  unsupported_media_type: (p) =>
    p.expected === 'json' ? 'expected a JSON body' : 'expected a case file (JSON) or an export (zip)',
  too_large: (p) => `the body is too large: at most ${kilobytes(p.limitBytes)} KB`,
  not_found: (p) => MISSING_EN[p.what],
  invalid_transition: (p) => {
    const en = NEGOTIATION_STATE_LABELS.en;
    return `cannot move from "${en[p.from]}" to "${en[p.to]}"; possible now: ${p.allowed.map((state) => en[state]).join(', ')}`;
  },
  contact_limit_reached: (p) =>
    `this case has reached its limit of ${p.limit} contacts: delete entries you do not need, or export it and start a new case`,
  evidence_limit_reached: (p) =>
    `this case's evidence files may total at most ${size(p.limitBytes)} (${size(p.usedBytes)} used): this file does not fit`,
  lpr_limit_reached: (p) =>
    `you have added ${p.limit} LPR quotations, the limit: delete ones you no longer need first`,
  invalid_credentials: () => 'wrong email address or password',
  unauthenticated: () => 'sign in first',
  not_permitted: (p) => NOT_PERMITTED_EN[p.needs],
  too_many_attempts: (p) =>
    `${p.action === 'login' ? 'too many failed logins' : 'too many sign-ups'}: try again in ${Math.ceil(p.retryAfterSeconds / 60)} minute(s)`,

  precondition_required: () =>
    'a save must say which version of the case it was made from (If-Match); this change was not saved: open the case again and redo it',
  precondition_failed: () =>
    'this case was changed elsewhere (another window, device or your advisor); your change was not saved so as not to overwrite theirs: look at the latest version and save again',
  foreign_host: (p) => `requests for another host name are refused (${p.host} is not this server)`,
  foreign_origin: () => 'requests from other sites are refused',
  shutting_down: () => 'the server is shutting down: try again shortly',
  internal: () => 'internal server error: try again later',
};

/** The error in plain words, in the asker's language. */
export function renderApiError(error: ApiErrorFacts, lang: Lang): string {
  const catalog = lang === 'zh' ? ZH : EN;
  // The union is correlated by code; TypeScript cannot see that through the lookup, so narrow once here.
  const render = catalog[error.code] as (params: ApiErrorFacts['params']) => string;
  return render(error.params);
}
