import { MIN_PASSWORD_LENGTH } from '@shangan/contract';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { currentPath, navigate } from '../../routing/router';
import { useSession } from '../../session/session';
import { Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { formErrors } from '../../ui/field-errors';
import {
  type AuthMode,
  type CredentialField,
  credentialProblems,
  pathAfterSignIn,
  refusedCredentials,
} from './credentials';
import { loginMessages } from './messages';
import './login.css';

const FIELDS: readonly CredentialField[] = ['email', 'password'];

/** `#/login` (accounts mode): sign in, or create a client account. The shell is not shown yet. */
export default function LoginScreen() {
  const text = useMessages(loginMessages);
  const session = useSession();
  const { locale } = useLocale();
  const [mode, setMode] = useState<AuthMode>('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ fields: Partial<Record<CredentialField, string>>; form?: string }>({
    fields: {},
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = credentialProblems(mode, email, password);
    if (Object.keys(problems).length > 0) {
      setErrors({
        fields: {
          ...(problems.email && { email: text.problems[problems.email] }),
          ...(problems.password && { password: text.problems[problems.password] }),
        },
      });
      return;
    }
    setBusy(true);
    setErrors({ fields: {} });
    try {
      const json = { email, password };
      // Sign-up opens no session and answers alike for a registered address: then log in.
      if (mode === 'signup') await expectOk(api.auth.signup.$post({ json }));
      const account = await expectOk(api.auth.login.$post({ json }));
      const next = pathAfterSignIn(currentPath(), account.role);
      if (next !== undefined) navigate(next);
      session.signedIn(account);
    } catch (caught) {
      setBusy(false);
      const error = caught instanceof ApiFailure ? caught : new ApiFailure(0, 'client', String(caught));
      // One answer for an unknown address and a wrong password (the server will not say which).
      if (error.code === 'invalid_credentials') {
        const problem = refusedCredentials(mode);
        // The account exists already: what is left is to log in to it.
        if (problem === 'registeredBefore') setMode('login');
        setErrors({ fields: { password: text[problem] } });
      } else {
        const { fields, form } = formErrors(error, FIELDS, locale);
        setErrors(form === undefined ? { fields } : { fields, form });
      }
    }
  };

  const switchMode = () => {
    setMode(mode === 'login' ? 'signup' : 'login');
    setErrors({ fields: {} });
  };

  return (
    <div class="login">
      <LanguageButton />
      <h1>{mode === 'login' ? text.loginTitle : text.signupTitle}</h1>
      <p class="muted">{text.intro}</p>
      <form class="card" noValidate onSubmit={submit}>
        <Field label={text.email} error={errors.fields.email}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={text.password}
          hint={mode === 'signup' ? text.passwordRule(MIN_PASSWORD_LENGTH) : undefined}
          error={errors.fields.password}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type={showPassword ? 'text' : 'password'}
              name="password"
              autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          )}
        </Field>
        <label class="choice">
          <input
            type="checkbox"
            checked={showPassword}
            onChange={(event) => setShowPassword(event.currentTarget.checked)}
          />
          <span>{text.showPassword}</span>
        </label>
        {errors.form !== undefined && (
          <p class="notice notice-error" role="alert">
            {errors.form}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {mode === 'login' ? text.login : text.signup}
          </button>
        </div>
        {busy && <Loading label={mode === 'login' ? text.loggingIn : text.signingUp} />}
      </form>
      <button type="button" class="button button-quiet" onClick={switchMode}>
        {mode === 'login' ? text.toSignup : text.toLogin}
      </button>
      {mode === 'signup' && <p class="hint">{text.signupThenLogin}</p>}
      {mode === 'signup' && <p class="hint">{text.advisorNote}</p>}
    </div>
  );
}

/** The shell (with its language switch) appears only after sign-in, so the login screen has its own. */
function LanguageButton() {
  const text = useMessages(loginMessages);
  const { locale, setLocale } = useLocale();
  return (
    <div class="login-language">
      <button
        type="button"
        class="button button-quiet"
        lang={locale === 'zh' ? 'en' : 'zh-CN'}
        aria-label={text.languageLabel}
        onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
      >
        {text.language}
      </button>
    </div>
  );
}
