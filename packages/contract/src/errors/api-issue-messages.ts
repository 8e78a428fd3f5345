import { type Lang, renderValidationIssue, type ValidationIssueFacts } from '@shangan/core';
import type { ApiIssueFacts, ContractIssueCode, ContractIssueFacts } from './api-issue.js';

type Catalog = {
  [C in ContractIssueCode]: (params: Extract<ContractIssueFacts, { code: C }>['params']) => string;
};

/** Archive limits are megabytes; one decimal keeps a small configured limit (0.5 MB) readable. */
const megabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

const ZH: Catalog = {
  contacts_not_editable: () => '联系记录只能逐条添加，不能在编辑时改写',
  invalid_email: () => '不是有效的邮箱地址',
  unstorable_text: (p) => `${p.in === 'key' ? '字段名' : ''}包含无法保存的字符（空字符或不成对的代理项）`,
  unsupported_evidence_type: () => '只接受录音、图片、PDF 或文本文件',
  empty_file: () => '文件为空',
  invalid_zip: () => '不是有效的 zip 文件',
  invalid_manifest: () => '缺少或无效的 manifest.json',
  file_missing: () => '文件缺失',
  hash_mismatch: () => '文件的 SHA-256 与清单不符，文件可能已损坏或被改动',
  entry_too_large: (p) => `解压后过大，此文件上限 ${megabytes(p.limitBytes)} MB`,
  entry_size_mismatch: (p) =>
    `解压后的大小与 zip 目录中声明的 ${p.declaredBytes} 字节不符，文件可能已损坏或被改动`,
  archive_too_large: (p) => `zip 解压后合计过大，上限 ${megabytes(p.limitBytes)} MB`,
  too_many_entries: (p) => `zip 中的文件过多，最多 ${p.limit} 个`,
  wrong_sequence_number: (p) => `应为 ${p.expected}（各期依次编号 1、2、3…）`,
};

const EN: Catalog = {
  contacts_not_editable: () => 'contacts are logged one by one, never rewritten in an edit',
  invalid_email: () => 'not a valid email address',
  unstorable_text: (p) =>
    `${p.in === 'key' ? 'a field name ' : ''}contains a NUL character or an unpaired surrogate`,
  unsupported_evidence_type: () => 'audio, image, PDF or text files only',
  empty_file: () => 'the file is empty',
  invalid_zip: () => 'not a valid zip file',
  invalid_manifest: () => 'manifest.json is missing or invalid',
  file_missing: () => 'the file is missing',
  hash_mismatch: () => 'the SHA-256 does not match the manifest: the file may be damaged or altered',
  entry_too_large: (p) => `too large once unzipped: at most ${megabytes(p.limitBytes)} MB for this file`,
  entry_size_mismatch: (p) =>
    `unzips to a size other than the ${p.declaredBytes} bytes the zip directory declares: the file may be damaged or altered`,
  archive_too_large: (p) =>
    `the zip is too large once unzipped: at most ${megabytes(p.limitBytes)} MB in all`,
  too_many_entries: (p) => `the zip holds too many files: at most ${p.limit}`,
  wrong_sequence_number: (p) => `must be ${p.expected} (instalments are numbered 1, 2, 3…)`,
};

function isContractIssue(issue: ApiIssueFacts): issue is ContractIssueFacts {
  return Object.hasOwn(ZH, issue.code);
}

/** A request's issue in plain words, in `lang`: the contract's own codes here, the core's from its catalog. */
export function renderApiIssue(issue: ApiIssueFacts, lang: Lang): string {
  if (!isContractIssue(issue)) return renderValidationIssue(issue as ValidationIssueFacts, lang);
  const catalog = lang === 'zh' ? ZH : EN;
  // The union is correlated by code; TypeScript cannot see that through the lookup, so narrow once here.
  const render = catalog[issue.code] as (params: ContractIssueFacts['params']) => string;
  return render(issue.params);
}
