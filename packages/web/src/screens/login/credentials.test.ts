import { describe, expect, it } from 'vitest';
import { credentialProblems, pathAfterSignIn, refusedCredentials } from './credentials';

describe('credentialProblems', () => {
  it('names each empty field', () => {
    expect(credentialProblems('login', '  ', '')).toEqual({
      email: 'emailMissing',
      password: 'passwordMissing',
    });
  });

  it('asks for 10 characters only for a new password', () => {
    expect(credentialProblems('signup', 'a@b.cn', '123456789')).toEqual({ password: 'passwordShort' });
    expect(credentialProblems('signup', 'a@b.cn', '1234567890')).toEqual({});
    expect(credentialProblems('login', 'a@b.cn', 'short')).toEqual({});
  });
});

describe('refusedCredentials', () => {
  it('after a sign-up, points to the password set before; after a login, says the pair is wrong', () => {
    expect(refusedCredentials('signup')).toBe('registeredBefore');
    expect(refusedCredentials('login')).toBe('wrongCredentials');
  });
});

describe('pathAfterSignIn', () => {
  it('keeps a screen that was asked for', () => {
    expect(pathAfterSignIn('/plan', 'client')).toBeUndefined();
  });

  it('sends advisors to their clients and people to their case', () => {
    expect(pathAfterSignIn('/login', 'advisor')).toBe('/clients');
    expect(pathAfterSignIn('/', 'client')).toBe('/');
  });
});
