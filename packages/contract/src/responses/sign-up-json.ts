/**
 * POST /api/auth/signup (202): the same for a new address and a registered one, so sign-up cannot
 * tell whether an address has an account. It opens no session: the person logs in next (ADR 0023).
 */
export interface SignUpJson {
  /** The address as the account has it (trimmed, lower-cased). */
  email: string;
}
