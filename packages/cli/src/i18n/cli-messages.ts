import { type Lang, renderValidationIssue, type ValidationIssueFacts } from '@shangan/core';
import type { CliHeading, CliIssue, CliIssueFacts } from '../cli-issue.js';

type Catalog = {
  [C in CliIssueFacts['code']]: (params: Extract<CliIssueFacts, { code: C }>['params']) => string;
};

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

const ZH: Catalog = {
  usage: (p) => `用法：${p.usage}`,
  unknown_command: (p) => `未知命令 ${p.name}；运行 shangan help 查看用法`,
  unknown_option: (p) => `未知选项 ${p.option}`,
  option_needs_value: (p) => `选项 ${p.option} 需要一个值`,
  unexpected_argument: (p) => `多余的参数 ${p.argument}`,
  bad_arguments: () => '参数有误；运行 shangan help 查看用法',
  not_a_file: () => '不是文件',
  file_not_found: () => '找不到文件',
  file_unreadable: (p) => `无法读取文件：${p.reason}`,
  input_too_large: (p) => `输入过大，最多 ${megabytes(p.limitBytes)} MB`,
  no_input: () => '没有输入，请通过标准输入提供 JSON',
  down_above_total: () => '首付不能大于总额',
  server_not_installed: () =>
    'shangan admin 需要上岸服务器（@shangan/server）安装在同一处；请在服务器所在的目录运行',
};

const EN: Catalog = {
  usage: (p) => `usage: ${p.usage}`,
  unknown_command: (p) => `unknown command ${p.name}; run shangan help`,
  unknown_option: (p) => `unknown option ${p.option}`,
  option_needs_value: (p) => `option ${p.option} needs a value`,
  unexpected_argument: (p) => `unexpected argument ${p.argument}`,
  bad_arguments: () => 'bad arguments; run shangan help',
  not_a_file: () => 'not a file',
  file_not_found: () => 'file not found',
  file_unreadable: (p) => `cannot read the file: ${p.reason}`,
  input_too_large: (p) => `input too large: at most ${megabytes(p.limitBytes)} MB`,
  no_input: () => 'no input: pipe JSON into standard input',
  down_above_total: () => 'the down payment cannot exceed the total',
  server_not_installed: () =>
    'shangan admin needs the 上岸 server (@shangan/server) installed beside it; run it where the server is installed',
};

function isCliIssue(issue: CliIssue): issue is Extract<CliIssue, CliIssueFacts> {
  return Object.hasOwn(ZH, issue.code);
}

/** One problem as a line: "debts[0].lender: 必填", or the words alone for the whole input. */
export function renderCliIssue(issue: CliIssue, lang: Lang): string {
  const words = isCliIssue(issue)
    ? (lang === 'zh' ? ZH : EN)[issue.code](issue.params as never)
    : renderValidationIssue(issue as ValidationIssueFacts, lang);
  return issue.path === '' ? words : `${issue.path}: ${words}`;
}

export function renderCliHeading(heading: CliHeading, lang: Lang): string {
  if (heading.kind === 'case_file') {
    return lang === 'zh'
      ? `${heading.path} 有 ${heading.count} 处问题：`
      : `${heading.path}: ${heading.count} problem${heading.count === 1 ? '' : 's'}:`;
  }
  return lang === 'zh' ? `用户LPR文件有误：${heading.path}` : `the user LPR file is invalid: ${heading.path}`;
}

/** An unexpected failure: the one line a person sees instead of a stack trace. */
export function renderInternalError(detail: string, lang: Lang): string {
  return lang === 'zh' ? `内部错误：${detail}` : `internal error: ${detail}`;
}
