import type { Lang } from '@shangan/core';
import { argumentIssue, isArgumentError } from './argument-error.js';
import { type CliIo, EXIT_INTERNAL, EXIT_OK, write } from './cli-io.js';
import { cliLanguage } from './cli-language.js';
import { ADMIN_USAGE, adminCommand } from './commands/admin.js';
import { ANALYZE_USAGE, analyzeCommand } from './commands/analyze.js';
import { LETTER_USAGE, letterCommand } from './commands/letter.js';
import { LPR_USAGE, lprCommand } from './commands/lpr.js';
import { MESSAGE_USAGE, messageCommand } from './commands/message.js';
import { OFFER_USAGE, offerCommand } from './commands/offer.js';
import { PLAN_USAGE, planCommand } from './commands/plan.js';
import { PROGRESS_USAGE, progressCommand } from './commands/progress.js';
import { RATE_USAGE, rateCommand } from './commands/rate.js';
import { SCHEDULE_USAGE, scheduleCommand } from './commands/schedule.js';
import { renderInternalError } from './i18n/cli-messages.js';
import { InputError, reportInputError } from './input-error.js';

const USAGES = [
  ANALYZE_USAGE,
  PLAN_USAGE,
  LETTER_USAGE,
  OFFER_USAGE,
  PROGRESS_USAGE,
  MESSAGE_USAGE,
  RATE_USAGE,
  SCHEDULE_USAGE,
  LPR_USAGE,
  ADMIN_USAGE,
].map((usage) => `  ${usage}`);

const HELP: Record<Lang, string> = {
  zh: `上岸 shangan — 逾期债务计算工具

用法：
${USAGES.join('\n')}

案件文件格式见 docs/case-format.md，示例见 examples/。每条命令都接受 --lang zh|en（默认中文）。
退出码：0 成功 · 2 输入或用法错误 · 1 内部错误`,
  en: `shangan — overdue-debt calculator

usage:
${USAGES.join('\n')}

Case format: docs/case-format.md; examples: examples/. Every command takes --lang zh|en (Chinese by default).
Exit codes: 0 ok · 2 bad input or usage · 1 internal error`,
};

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  analyze: analyzeCommand,
  plan: planCommand,
  letter: letterCommand,
  offer: offerCommand,
  progress: progressCommand,
  message: messageCommand,
  rate: rateCommand,
  schedule: scheduleCommand,
  lpr: lprCommand,
  admin: adminCommand,
};

/** Runs one CLI invocation and returns its exit code. Never prints a stack trace. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const lang = cliLanguage(argv);
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      write(io.stdout, HELP[lang]);
      return EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command) throw new InputError([{ path: '', code: 'unknown_command', params: { name } }]);
    return await command(args, io);
  } catch (error) {
    if (error instanceof InputError) return reportInputError(error, io, lang);
    if (isArgumentError(error)) return reportInputError(new InputError([argumentIssue(error)]), io, lang);
    write(io.stderr, renderInternalError(error instanceof Error ? error.message : String(error), lang));
    return EXIT_INTERNAL;
  }
}
