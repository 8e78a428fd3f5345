import { z } from 'zod';

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
  .pipe(
    z
      .email({ error: '不是有效的邮箱地址 (not a valid email address)' })
      .max(MAX_EMAIL_LENGTH, '邮箱地址过长 (email address too long)'),
  );

export const newPasswordField = z
  .string()
  .min(
    MIN_PASSWORD_LENGTH,
    `密码至少${MIN_PASSWORD_LENGTH}个字符 (at least ${MIN_PASSWORD_LENGTH} characters)`,
  )
  .max(
    MAX_PASSWORD_LENGTH,
    `密码最多${MAX_PASSWORD_LENGTH}个字符 (at most ${MAX_PASSWORD_LENGTH} characters)`,
  );

/** POST /api/auth/signup. */
export const signUpBody = z.strictObject({ email: emailField, password: newPasswordField });

/** POST /api/auth/login: any password is checked, so only its presence and size are limited here. */
export const loginBody = z.strictObject({
  email: emailField,
  password: z.string().min(1, '必填 (required)').max(MAX_PASSWORD_LENGTH, '过长 (too long)'),
});

/** POST /api/cases/:caseId/advisors: the advisor's address. */
export const advisorBody = z.strictObject({ email: emailField });
