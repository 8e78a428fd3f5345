import { zValidator } from '@hono/zod-validator';
import { toApiIssues } from '@shangan/contract';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { invalidInput } from '../errors/expected-error.js';

/**
 * Parses `input` with `schema`, or throws 400 invalid_input with one issue per bad field, named by
 * its path. The one place a request's zod issues become the contract's issues.
 */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(toApiIssues(parsed.error, input));
  return parsed.data;
}

/**
 * Validates one part of the request (json, query, param) with a contract schema; the handler reads
 * the parsed value with c.req.valid(target), and its type is the route's input type in AppType.
 */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(toApiIssues(result.error, result.data));
  });
}
