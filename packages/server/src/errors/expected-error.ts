import type { ApiErrorFacts, ApiIssue, MissingThing } from '@shangan/contract';

/**
 * The one error type of an expected failure (bad input, a missing case, a move not allowed): a
 * contract error code with its parameters, and the bad fields. The HTTP edge gives it its status
 * and words (http/error-response.ts); anything else thrown is a bug, answered 500 and logged.
 */
export class ExpectedError extends Error {
  override readonly name = 'ExpectedError';
  constructor(
    readonly facts: ApiErrorFacts,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(facts.code);
  }
}

/** Someone else's id and an id that does not exist look the same, so ids cannot be probed. */
export function notFound(what: MissingThing): ExpectedError {
  return new ExpectedError({ code: 'not_found', params: { what } });
}

/** Input that breaks the contract's or the core's rules, one issue per bad field. */
export function invalidInput(issues: readonly ApiIssue[]): ExpectedError {
  return new ExpectedError({ code: 'invalid_input', params: {} }, issues);
}

/** A write made from a revision of the case that is no longer the current one: nothing was stored. */
export function preconditionFailed(currentRevision: number): ExpectedError {
  return new ExpectedError({ code: 'precondition_failed', params: { currentRevision } });
}
