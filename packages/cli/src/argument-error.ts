import type { CliIssue } from './cli-issue.js';

/** node:util parseArgs rejects unknown or malformed options with these codes. */
export function isArgumentError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * parseArgs's English sentence as a code: the option or argument it names is the one thing
 * taken from it ("Unknown option '--foo'" → unknown_option --foo).
 */
export function argumentIssue(error: Error & { code: string }): CliIssue {
  const named = /'([^']+)'/.exec(error.message)?.[1]?.replace(/ <value>$/, '');
  if (named !== undefined) {
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      return { path: '', code: 'unknown_option', params: { option: named } };
    }
    if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      return { path: '', code: 'unexpected_argument', params: { argument: named } };
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && error.message.includes('argument missing')) {
      return { path: '', code: 'option_needs_value', params: { option: named } };
    }
  }
  return { path: '', code: 'bad_arguments', params: {} };
}
