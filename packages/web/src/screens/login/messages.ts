import { defineMessages } from '../../i18n/messages';
import type { CredentialProblem } from './credentials';

export const loginMessages = defineMessages({
  zh: {
    loginTitle: '登录上岸',
    signupTitle: '创建账户',
    intro: '这台上岸服务器为多人服务，需要登录。你的案件只有你自己和你授权的顾问能看到。',
    email: '邮箱',
    password: '密码',
    passwordRule: (min: number) => `至少 ${min} 个字符。可以用一句好记的话，不必加符号。`,
    showPassword: '显示密码',
    login: '登录',
    signup: '创建账户',
    loggingIn: '正在登录…',
    signingUp: '正在创建账户…',
    toSignup: '还没有账户？创建一个',
    toLogin: '已经有账户？去登录',
    advisorNote: '顾问账户由服务器的运营者开设，不能在这里注册。',
    problems: {
      emailMissing: '请填写邮箱',
      passwordMissing: '请填写密码',
      passwordShort: '密码太短，请按上面的要求设置',
    } satisfies Record<CredentialProblem, string>,
    wrongCredentials: '邮箱或密码不正确。',
    registeredBefore: '没能用这个邮箱和密码登录。如果你以前用这个邮箱创建过账户，请用当时设置的密码登录。',
    signupThenLogin: '创建好后会直接为你登录。',
    language: 'English',
    languageLabel: 'Switch to English',
  },
  en: {
    loginTitle: 'Sign in to Shang’an',
    signupTitle: 'Create an account',
    intro:
      'This Shang’an server serves several people, so you sign in. Only you and the advisors you allow can see your case.',
    email: 'Email',
    password: 'Password',
    passwordRule: (min: number) =>
      `At least ${min} characters. A sentence you can remember works well; no symbols needed.`,
    showPassword: 'Show password',
    login: 'Sign in',
    signup: 'Create account',
    loggingIn: 'Signing in…',
    signingUp: 'Creating your account…',
    toSignup: 'No account yet? Create one',
    toLogin: 'Already have an account? Sign in',
    advisorNote: 'Advisor accounts are set up by the server’s operator and cannot be created here.',
    problems: {
      emailMissing: 'Enter your email',
      passwordMissing: 'Enter your password',
      passwordShort: 'Too short: see the rule above',
    } satisfies Record<CredentialProblem, string>,
    wrongCredentials: 'Wrong email or password.',
    registeredBefore:
      'Could not sign in with this email and password. If you created an account with this email before, sign in with the password you set then.',
    signupThenLogin: 'Once it is created, you are signed in.',
    language: '中文',
    languageLabel: '切换到中文',
  },
});
