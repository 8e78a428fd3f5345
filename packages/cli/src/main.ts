import { type CliIo, EXIT_INTERNAL, EXIT_OK, write } from './cli-io.js';
import { ANALYZE_USAGE, analyzeCommand } from './commands/analyze.js';
import { LETTER_USAGE, letterCommand } from './commands/letter.js';
import { LPR_USAGE, lprCommand } from './commands/lpr.js';
import { MESSAGE_USAGE, messageCommand } from './commands/message.js';
import { OFFER_USAGE, offerCommand } from './commands/offer.js';
import { PLAN_USAGE, planCommand } from './commands/plan.js';
import { RATE_USAGE, rateCommand } from './commands/rate.js';
import { SCHEDULE_USAGE, scheduleCommand } from './commands/schedule.js';
import { InputError, reportInputError, usageError } from './input-error.js';

const HELP = `上岸 shangan — 逾期债务计算工具 (overdue-debt calculator)

用法 (usage):
  ${ANALYZE_USAGE}
  ${PLAN_USAGE}
  ${LETTER_USAGE}
  ${OFFER_USAGE}
  ${MESSAGE_USAGE}
  ${RATE_USAGE}
  ${SCHEDULE_USAGE}
  ${LPR_USAGE}

案件文件格式见 docs/case-format.md，示例见 examples/。 (case format: docs/case-format.md; examples: examples/)
退出码 (exit codes): 0 成功 ok · 2 输入或用法错误 bad input · 1 内部错误 internal error`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  analyze: analyzeCommand,
  plan: planCommand,
  letter: letterCommand,
  offer: offerCommand,
  message: messageCommand,
  rate: rateCommand,
  schedule: scheduleCommand,
  lpr: lprCommand,
};

/** Runs one CLI invocation and returns its exit code. Never prints a stack trace. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      write(io.stdout, HELP);
      return EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command)
      throw usageError(`未知命令 ${name} (unknown command)；运行 shangan help 查看用法 (run shangan help)`);
    return await command(args, io);
  } catch (error) {
    if (error instanceof InputError) return reportInputError(error, io);
    if (isArgumentError(error)) return reportInputError(usageError(error.message), io);
    write(io.stderr, `内部错误 (internal error): ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INTERNAL;
  }
}

/** node:util parseArgs rejects unknown or malformed options with these codes. */
function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
