import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callApi, openSession, textOf } from './pages/app-page.js';
import { DocumentsPage } from './pages/documents-page.js';
import { MessagesPage } from './pages/messages-page.js';
import { boardTexts } from './pages/negotiate-page.js';
import { useBrowserAndServer } from './support/browser-and-server.js';

// Issue 13, acceptance 3 (second half), at 360×740: paste three collection messages (and a bank's
// verification code) → three drafts with their flags → three contact entries, each the text
// verbatim with its SHA-256 → the complaint letter lists them.

const CASE = JSON.parse(
  readFileSync(fileURLToPath(new URL('../examples/five-loans-80k.json', import.meta.url)), 'utf8'),
) as { debts: { id: string; lender: string }[] };
const DEBT = CASE.debts.find((debt) => debt.id === 'xiaodai-10k');

const MESSAGES = [
  '【速借】您的借款已逾期35天，欠款3,280.00元，今天18点前不处理将联系您的紧急联系人和单位。回电4001234567',
  '【速借】催收专员工号A1024：再不还款就上门拜访，并通知你的家人。',
  '【速借】我们是法院执行局，已对你立案，今天不还款明天就去你单位执行。',
];
const OTP = '【某银行】您的验证码为123456，5分钟内有效。';

interface StoredContact {
  debtId: string;
  contact: { theySaid?: string; sha256?: string; flags: string[] };
}

describe('pasted collection messages become evidence and a complaint (e2e)', { timeout: 180_000 }, () => {
  const run = useBrowserAndServer();

  it('at 360×740: negotiate → paste → three drafts with flags → saved → the complaint lists them', async () => {
    const { browser, server } = run.started();
    if (DEBT === undefined) throw new Error('five-loans-80k has no debt xiaodai-10k');
    const { id: caseId } = await callApi<{ id: string }>(server.base, '/api/cases', {
      json: { title: '催收消息', caseFile: CASE },
    });
    const session = await openSession(browser, server.base, 'mobile');
    run.keep(session.context);
    const { page, app, guard } = session;
    await app.openCase(caseId, '/negotiate');
    await app.waitForScreen(boardTexts.zh.title);
    const before = await callApi<{ contacts: StoredContact[] }>(server.base, `/api/cases/${caseId}/contacts`);

    await page.getByRole('link', { name: /粘贴/ }).click();
    const screen = new MessagesPage(app);
    await screen.waitForScreen();
    await screen.paste([...MESSAGES, OTP].join('\n\n'));
    for (let index = 0; index < MESSAGES.length; index++) {
      const card = screen.draft(index);
      expect(await textOf(card.locator('blockquote'))).toBe(MESSAGES[index]);
      // Every one of these carries at least one flag (contacting family, a visit, posing as a court).
      expect(await card.getByRole('listitem').count()).toBeGreaterThan(0);
      await screen.chooseDebt(index, DEBT.lender);
    }
    // The bank's code is read but is no draft.
    expect(await screen.draft(3).count()).toBe(0);
    await app.screenshot('messages-drafts');
    await screen.save(3);

    const after = await callApi<{ contacts: StoredContact[] }>(server.base, `/api/cases/${caseId}/contacts`);
    const added = after.contacts.filter(
      (entry) => !before.contacts.some((old) => old.contact.theySaid === entry.contact.theySaid),
    );
    expect(added.map((entry) => entry.contact.theySaid).sort()).toEqual([...MESSAGES].sort());
    expect(
      added.every((entry) => entry.debtId === DEBT.id && /^[0-9a-f]{64}$/.test(entry.contact.sha256 ?? '')),
    ).toBe(true);
    expect(added.find((entry) => entry.contact.theySaid === MESSAGES[0])?.contact.flags).toContain(
      'third_party',
    );
    expect(added.find((entry) => entry.contact.theySaid === MESSAGES[2])?.contact.flags).toContain(
      'impersonation',
    );

    await screen.complaintLink(DEBT.lender).click();
    const documents = new DocumentsPage(app);
    await documents.waitForScreen();
    const preview = documents.preview('complaint');
    await preview.getByRole('heading').first().waitFor();
    const letter = await textOf(preview);
    for (const message of MESSAGES) expect(letter).toContain(message);
    await app.screenshot('messages-complaint');
    guard.assertClean();
  });
});
