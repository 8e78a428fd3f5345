import type { Lang } from '@shangan/core';
import type { AdvisorAccount } from '../repositories/operator-repository.js';

/** What `shangan admin` says, in the operator's language (`--lang zh|en`, Chinese by default). */
export interface AdminMessages {
  help: string;
  unknownCommand(name: string): string;
  missingEmail: string;
  badEmail(value: string): string;
  badPassword(min: number, max: number): string;
  emailTaken(email: string): string;
  created(email: string): string;
  generated(password: string): string;
  noAdvisors: string;
  advisorLine(advisor: AdvisorAccount): string;
  noAccount(email: string): string;
  disabled(email: string, sessions: number): string;
  failed(message: string): string;
}

const USAGE = `  shangan admin create-advisor <email> [--password-stdin]
  shangan admin list-advisors
  shangan admin disable-user <email>`;

const ZH: AdminMessages = {
  help: `上岸运营命令（使用与服务器相同的 DATABASE_URL / DATA_DIR）：
${USAGE}

create-advisor 默认生成一个随机密码并只显示这一次；加 --password-stdin 则从标准输入读取密码。
使用 PGlite（未设置 DATABASE_URL）时，请先停止服务器。`,
  unknownCommand: (name) => `没有这个运营命令：${name}。可用：create-advisor、list-advisors、disable-user`,
  missingEmail: '请写上邮箱，例如：shangan admin create-advisor advisor@example.org',
  badEmail: (value) => `邮箱格式不对：${value}`,
  badPassword: (min, max) => `密码长度应为 ${min}–${max} 个字符（从标准输入读取，末尾换行不算）`,
  emailTaken: (email) => `${email} 已经有账户了`,
  created: (email) => `已创建顾问账户 ${email}`,
  generated: (password) => `密码（只显示这一次，请安全地交给顾问）：${password}`,
  noAdvisors: '还没有顾问账户',
  advisorLine: (a) =>
    `${a.email}\t创建于 ${a.createdAt}\t${a.disabledAt === null ? '可用' : `已停用 ${a.disabledAt}`}\t${a.cases} 个案件`,
  noAccount: (email) => `没有使用 ${email} 的账户`,
  disabled: (email, sessions) => `已停用 ${email}：不能再登录，结束了 ${sessions} 个登录会话`,
  failed: (message) => `运营命令失败：${message}`,
};

const EN: AdminMessages = {
  help: `上岸 operator commands (the same DATABASE_URL / DATA_DIR as the server):
${USAGE}

create-advisor generates a random password and prints it once; with --password-stdin it reads the
password from standard input. With PGlite (no DATABASE_URL), stop the server first.`,
  unknownCommand: (name) =>
    `no such operator command: ${name}; there are create-advisor, list-advisors, disable-user`,
  missingEmail: 'give an email address, e.g. shangan admin create-advisor advisor@example.org',
  badEmail: (value) => `not an email address: ${value}`,
  badPassword: (min, max) =>
    `the password must be ${min}–${max} characters (read from standard input, a final newline not counted)`,
  emailTaken: (email) => `${email} has an account already`,
  created: (email) => `created the advisor account ${email}`,
  generated: (password) => `password (shown only this once; hand it to the advisor safely): ${password}`,
  noAdvisors: 'no advisor accounts yet',
  advisorLine: (a) =>
    `${a.email}\tcreated ${a.createdAt}\t${a.disabledAt === null ? 'active' : `disabled ${a.disabledAt}`}\t${a.cases} case(s)`,
  noAccount: (email) => `no account has the address ${email}`,
  disabled: (email, sessions) => `disabled ${email}: no more sign-ins; ended ${sessions} session(s)`,
  failed: (message) => `the operator command failed: ${message}`,
};

export function adminMessages(lang: Lang): AdminMessages {
  return lang === 'en' ? EN : ZH;
}
