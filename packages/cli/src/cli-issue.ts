import type { IssueAt, ValidationIssueFacts } from '@shangan/core';

type NoParams = Record<string, never>;

/** The problems only the command line finds: its arguments, files and standard input. */
export type CliIssueFacts =
  | { code: 'usage'; params: { usage: string } }
  | { code: 'unknown_command'; params: { name: string } }
  | { code: 'unknown_option'; params: { option: string } }
  | { code: 'option_needs_value'; params: { option: string } }
  | { code: 'unexpected_argument'; params: { argument: string } }
  | { code: 'bad_arguments'; params: NoParams }
  | { code: 'not_a_file'; params: NoParams }
  | { code: 'file_not_found'; params: NoParams }
  | { code: 'file_unreadable'; params: { reason: string } }
  | { code: 'input_too_large'; params: { limitBytes: number } }
  | { code: 'no_input'; params: NoParams }
  | { code: 'down_above_total'; params: NoParams }
  | { code: 'server_not_installed'; params: NoParams };

/** One problem with a CLI invocation: the core's codes and the command line's own. */
export type CliIssue = IssueAt<ValidationIssueFacts | CliIssueFacts>;

/** What a list of problems is about, printed above them. */
export type CliHeading =
  | { kind: 'case_file'; path: string; count: number }
  | { kind: 'user_lpr_file'; path: string };
