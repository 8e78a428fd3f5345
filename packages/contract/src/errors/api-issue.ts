import type { ValidationIssue } from '@shangan/core';

/** One bad field of a request, named by its path. */
export type ApiIssue = ValidationIssue;
