import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.js';
import { assertAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { guardNetwork } from './support/network-guard.js';
import { saveScreenshot } from './support/screenshots.js';
import { type RunningServer, startServer } from './support/start-server.js';

// The owner's side of least privilege (ADR 0024) in Chromium at a phone's width: who can see the
// case, a grant changed and access taken back from the privacy screen, and "谁看过我的案件" with
// the advisor's refused attempt — on the built server, with the advisor made by `shangan admin`.

const SHANGAN = fileURLToPath(new URL('../packages/cli/bin/shangan.js', import.meta.url));
const EXAMPLE = readFileSync(new URL('../examples/five-loans-80k.json', import.meta.url), 'utf8');
const ADVISOR = 'lawyer@example.org';
const ADVISOR_PASSWORD = 'advisor password 1';

describe('advisor access on the privacy screen (e2e)', { timeout: 180_000 }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer({
      auth: 'accounts',
      prepare: (env) => {
        const made = spawnSync(
          process.execPath,
          [SHANGAN, 'admin', 'create-advisor', ADVISOR, '--password-stdin'],
          {
            env,
            input: `${ADVISOR_PASSWORD}\n`,
            encoding: 'utf8',
          },
        );
        if (made.status !== 0) throw new Error(`shangan admin failed: ${made.stderr}`);
      },
    });
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function person(): Promise<{ context: BrowserContext; api: APIRequestContext }> {
    if (browser === undefined || server === undefined) throw new Error('the browser or server did not start');
    const context = await newContext(browser, 'mobile');
    contexts.push(context);
    return { context, api: context.request };
  }

  it('lists the advisor, changes a grant, revokes at once, and shows who was refused', async () => {
    if (server === undefined) throw new Error('no server');
    const base = server.base;
    const origin = { origin: base };
    const client = await person();
    const credentials = { email: 'client@example.org', password: 'client password 1' };
    // Sign-up opens no session (it answers alike for a registered address): then log in.
    expect(
      (await client.api.post(`${base}/api/auth/signup`, { data: credentials, headers: origin })).status(),
    ).toBe(202);
    expect(
      (await client.api.post(`${base}/api/auth/login`, { data: credentials, headers: origin })).status(),
    ).toBe(200);
    const imported = await client.api.post(`${base}/api/import?title=${encodeURIComponent('我的网贷')}`, {
      data: EXAMPLE,
      headers: { ...origin, 'content-type': 'application/json' },
    });
    const { id } = (await imported.json()) as { id: string };
    expect(
      (
        await client.api.post(`${base}/api/cases/${id}/advisors`, {
          data: { email: ADVISOR },
          headers: origin,
        })
      ).status(),
    ).toBe(200);

    const advisor = await person();
    const login = await advisor.api.post(`${base}/api/auth/login`, {
      data: { email: ADVISOR, password: ADVISOR_PASSWORD },
      headers: origin,
    });
    expect(login.status()).toBe(200);
    expect((await advisor.api.get(`${base}/api/cases/${id}`)).status()).toBe(200);
    expect((await advisor.api.delete(`${base}/api/cases/${id}`, { headers: origin })).status()).toBe(403);

    const guard = await guardNetwork(client.context, base);
    const page = await client.context.newPage();
    const app = new AppPage(page, base);
    await app.goto('/');
    await app.waitForScreen();
    // The case the app opens: what choosing it on the clients screen stores.
    await page.evaluate((caseId) => {
      const { localStorage } = globalThis as unknown as {
        localStorage: { setItem(k: string, v: string): void };
      };
      localStorage.setItem('shangan.caseId', caseId);
    }, id);
    await app.goto('/privacy');
    await app.waitForScreen();
    const access = page.locator('section[aria-labelledby="access-title"]');
    await access.getByText(ADVISOR).waitFor();
    const audit = page.locator('section[aria-labelledby="audit-title"]');
    await audit.getByText('未获允许').first().waitFor();
    expect(await audit.getByText(`顾问 ${ADVISOR}：删除案件`).count()).toBe(1);
    // Nothing is wider than the phone.
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'privacy-owner-advisors');
    await assertAccessible(page, 'privacy with advisors at 360×740');

    await access.getByRole('checkbox', { name: /可以修改/ }).check();
    await access.getByText(`已更新 ${ADVISOR} 的权限。`).waitFor();
    const listed = (await (await client.api.get(`${base}/api/cases/${id}/advisors`)).json()) as {
      advisors: { canEdit: boolean }[];
    };
    expect(listed.advisors.map((entry) => entry.canEdit)).toEqual([true]);

    await access.getByRole('button', { name: '取消授权' }).click();
    await access.getByText(`${ADVISOR} 已经不能再看到这个案件。`).waitFor();
    expect((await advisor.api.get(`${base}/api/cases/${id}`)).status()).toBe(404);
    guard.assertClean();
  });
});
