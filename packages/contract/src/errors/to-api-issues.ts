import { toValidationIssues } from '@shangan/core';
import type { z } from 'zod';
import type { ApiIssue, ContractIssueFacts } from './api-issue.js';

/** A request schema's zod issues as the contract's issues: the core's codes and the contract's own. */
export function toApiIssues(error: z.core.$ZodError, input: unknown): ApiIssue[] {
  return toValidationIssues<ContractIssueFacts>(error, input);
}
