import { MIN_PASSWORD_LENGTH } from '@shangan/contract';

export type AuthMode = 'login' | 'signup';
export type CredentialField = 'email' | 'password';
export type CredentialProblem = 'emailMissing' | 'passwordMissing' | 'passwordShort';

/** What can be said before asking the server: a field left empty, a new password too short. */
export function credentialProblems(
  mode: AuthMode,
  email: string,
  password: string,
): Partial<Record<CredentialField, CredentialProblem>> {
  const problems: Partial<Record<CredentialField, CredentialProblem>> = {};
  if (email.trim() === '') problems.email = 'emailMissing';
  if (password === '') problems.password = 'passwordMissing';
  // String length, as the server's schema counts it.
  else if (mode === 'signup' && password.length < MIN_PASSWORD_LENGTH) problems.password = 'passwordShort';
  return problems;
}

/**
 * What to say when the server refuses the email and password. Sign-up answers the same for a new
 * address and a registered one and is followed by a login, so a refused login after sign-up means
 * the address was most likely registered before, with another password.
 */
export function refusedCredentials(mode: AuthMode): 'wrongCredentials' | 'registeredBefore' {
  return mode === 'signup' ? 'registeredBefore' : 'wrongCredentials';
}

/**
 * Where to go once signed in: the screen asked for stays; the bare address or the login route
 * goes to an advisor's client list or to the person's own case.
 */
export function pathAfterSignIn(currentPath: string, role: 'client' | 'advisor'): string | undefined {
  if (currentPath !== '/' && currentPath !== '/login') return undefined;
  return role === 'advisor' ? '/clients' : '/';
}
