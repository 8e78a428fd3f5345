import { says } from '@shangan/core';
import { z } from 'zod';
import type { ContractIssueFacts } from '../errors/api-issue.js';
import { advisorPermissions } from './advisor-bodies.js';

/** The shortest password a new account may have. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longer than any passphrase, short enough that hashing it costs nothing unusual. */
export const MAX_PASSWORD_LENGTH = 1024;
/** The longest email address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;

/** An email address, trimmed and lower-cased: one account per address whatever its case. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email(says<ContractIssueFacts>({ code: 'invalid_email', params: {} })).max(MAX_EMAIL_LENGTH));

export const newPasswordField = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

/** POST /api/auth/signup. */
export const signUpBody = z.strictObject({ email: emailField, password: newPasswordField });

/** POST /api/auth/login: any password is checked, so only its presence and size are limited here. */
export const loginBody = z.strictObject({
  email: emailField,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

/** POST /api/cases/:caseId/advisors: the advisor's address, and what they may do beyond reading. */
export const advisorBody = z.strictObject({ email: emailField, ...advisorPermissions });
