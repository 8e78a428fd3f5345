import type { Lang } from '@shangan/core';
import { InputError } from './input-error.js';

/**
 * The language every line of an invocation is written in, problems included: `--lang en` (or
 * `--lang=en`) anywhere in the arguments, Chinese otherwise. Read before the command parses its
 * options, so that even a usage error is worded as asked.
 */
export function cliLanguage(argv: readonly string[]): Lang {
  for (const [index, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en') return 'en';
  }
  return 'zh';
}

/** A command's --lang option, checked: zh (or zh-CN, the default) or en. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'zh-CN') return 'zh';
  if (value === 'en') return 'en';
  throw new InputError([{ path: '--lang', code: 'not_one_of', params: { allowed: ['zh', 'en'] } }]);
}
