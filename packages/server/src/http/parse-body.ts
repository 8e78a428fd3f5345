import { toValidationIssues } from '@shangan/core';
import type { z } from 'zod';
import { invalidInput } from './api-error.js';

/** Validates a request body with a schema; 400 with one issue per bad field, named by its path. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidInput(toValidationIssues(parsed.error, body));
  return parsed.data;
}
