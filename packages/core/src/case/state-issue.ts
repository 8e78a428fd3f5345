import type { z } from 'zod';
import type { IssueFacts, ValidationIssueFacts } from './issue-facts.js';

/**
 * A schema states its issue as a code with params. Zod carries only a message through its checks,
 * so the facts travel in the message, marked, and toValidationIssues reads them back; nobody sees
 * this text.
 */
const MARK = 'shangan-issue:';

/** Bounds keep zod's own issue, whose minimum or maximum toValidationIssues reads. */
const BOUND_CODES: ReadonlySet<string> = new Set(['too_small', 'too_big']);

/**
 * zod's error option for a field or a check: `z.string(says({ code: 'wrong_type', … }))`. A
 * schema's error also words its checks' issues, so bounds checked later (`.min(1)`) are left alone.
 */
export function says<F extends IssueFacts = ValidationIssueFacts>(
  facts: NoInfer<F>,
): { error: (issue: { code?: string | undefined }) => string | undefined } {
  const message = encodeFacts(facts);
  return { error: (issue) => (BOUND_CODES.has(issue.code ?? '') ? undefined : message) };
}

/** A rule's issue at `path` (relative to the value refined), for ctx.addIssue. */
export function issueAt<F extends IssueFacts = ValidationIssueFacts>(
  facts: NoInfer<F>,
  path: PropertyKey[] = [],
): z.core.$ZodSuperRefineIssue {
  return { code: 'custom', path, message: encodeFacts(facts) };
}

/** The facts a schema stated, or undefined for zod's own issue. */
export function statedFacts(message: string): IssueFacts | undefined {
  return message.startsWith(MARK) ? (JSON.parse(message.slice(MARK.length)) as IssueFacts) : undefined;
}

function encodeFacts(facts: IssueFacts): string {
  return `${MARK}${JSON.stringify(facts)}`;
}
