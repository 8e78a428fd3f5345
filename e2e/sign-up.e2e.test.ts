import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.js';
import { launchBrowser, newContext } from './support/browser.js';
import { guardNetwork } from './support/network-guard.js';
import { type RunningServer, startServer } from './support/start-server.js';

// Accounts mode's sign-up in Chromium: it answers alike for a new and a registered address and
// opens no session, so the screen logs in right after; a refused login after sign-up points the
// person to the password they set before.

const CATALOG = fileURLToPath(new URL('../packages/web/src/screens/login/messages.ts', import.meta.url));
type Key =
  | 'loginTitle'
  | 'signupTitle'
  | 'toSignup'
  | 'email'
  | 'password'
  | 'signup'
  | 'login'
  | 'registeredBefore';
const text = ((await import(CATALOG)) as { loginMessages: { zh: Record<Key, string> } }).loginMessages.zh;
const EMAIL = 'nora@example.test';

describe('sign-up in the web app (e2e)', { timeout: 120_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer({ auth: 'accounts' });
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  /** A fresh profile on the sign-up form. Chromium logs the 401s of "who am I?" and a refused login. */
  async function signUpForm() {
    if (browser === undefined || server === undefined) throw new Error('the browser or server did not start');
    const context = await newContext(browser, 'mobile');
    contexts.push(context);
    const guard = await guardNetwork(context, server.base, {
      allowConsole: [/status of 401.*\/api\/auth\/(me|login)/],
    });
    const page = await context.newPage();
    const app = new AppPage(page, server.base);
    await app.goto('/');
    await app.waitForScreen(text.loginTitle);
    await page.getByRole('button', { name: text.toSignup }).click();
    await app.waitForScreen(text.signupTitle);
    const submit = async (password: string, button: string) => {
      await page.getByLabel(text.email, { exact: true }).fill(EMAIL);
      await page.getByLabel(text.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: button, exact: true }).click();
    };
    return { page, app, guard, submit };
  }

  it('signs a new person up and in', async () => {
    const { app, guard, submit } = await signUpForm();
    await submit('a long first passphrase', text.signup);
    await app.nav().waitFor({ state: 'visible' });
    guard.assertClean();
  });

  it('on a registered address, asks for the password set before, and logs in with it', async () => {
    const { page, app, guard, submit } = await signUpForm();
    await submit('another long passphrase', text.signup);
    await page.getByText(text.registeredBefore).waitFor({ state: 'visible' });
    await app.waitForScreen(text.loginTitle);
    expect(await app.nav().count()).toBe(0);
    await submit('a long first passphrase', text.login);
    await app.nav().waitFor({ state: 'visible' });
    guard.assertClean();
  });
});
