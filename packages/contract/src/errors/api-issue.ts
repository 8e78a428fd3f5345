import type { IssueAt, ValidationIssueFacts } from '@shangan/core';

type NoParams = Record<string, never>;

/** The problems only the API finds (its own rules, uploads, archives), beside the core's. */
export type ContractIssueFacts =
  | { code: 'contacts_not_editable'; params: NoParams }
  | { code: 'invalid_email'; params: NoParams }
  | { code: 'unstorable_text'; params: { in: 'value' | 'key' } }
  | { code: 'unsupported_evidence_type'; params: NoParams }
  | { code: 'empty_file'; params: NoParams }
  | { code: 'invalid_zip'; params: NoParams }
  | { code: 'invalid_manifest'; params: NoParams }
  | { code: 'file_missing'; params: NoParams }
  | { code: 'hash_mismatch'; params: NoParams }
  | { code: 'entry_too_large'; params: { limitBytes: number } }
  | { code: 'entry_size_mismatch'; params: { declaredBytes: number } }
  | { code: 'archive_too_large'; params: { limitBytes: number } }
  | { code: 'too_many_entries'; params: { limit: number } }
  | { code: 'wrong_sequence_number'; params: { expected: number } };

export type ContractIssueCode = ContractIssueFacts['code'];

/** Every issue code a request can be answered with: the core's and the contract's. */
export type ApiIssueFacts = ValidationIssueFacts | ContractIssueFacts;

/** One bad field of a request, named by its path ('' for the whole body), as a code with params. */
export type ApiIssue = IssueAt<ApiIssueFacts>;
