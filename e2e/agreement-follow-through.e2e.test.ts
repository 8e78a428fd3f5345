import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callApi, openSession, textOf } from './pages/app-page.js';
import { loadCatalog } from './pages/catalog.js';
import { useBrowserAndServer } from './support/browser-and-server.js';

// Issue 12, acceptance 4: the lender's offer entered and weighed, accepted, recorded as the
// agreement with a photo of the signed page; two instalments paid and one missed. Every view then
// reflects it, after a reload too, and the progress equals `shangan progress` on the same case file.

interface OfferTexts {
  total: string;
  periods: string;
  firstDue: string;
  weigh: string;
  accept: string;
  acceptedNote: string;
}
interface AgreementTexts {
  signedOn: string;
  graceDays: string;
  notes: string;
  signedCopy: string;
  save: string;
  saved: string;
  paidOnLabel: string;
  markPaid: (n: number) => string;
  unmark: (n: number) => string;
}
const offerText = (await loadCatalog<OfferTexts>('screens/negotiate/offer-messages.ts', 'offerMessages')).zh;
const agreementText = (
  await loadCatalog<AgreementTexts>('screens/negotiate/agreement-messages.ts', 'agreementMessages')
).zh;
const checklistText = (
  await loadCatalog<{ checklistRecordedIntro: string }>('screens/documents/messages.ts', 'documentsMessages')
).zh;

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const CLI = fileURLToPath(new URL('../packages/cli/bin/shangan.js', import.meta.url));
const CASE = JSON.parse(readFileSync(`${examples}five-loans-80k.json`, 'utf8')) as {
  asOf: string;
  debts: { id: string; lender: string }[];
};
const BANK = CASE.debts.find((debt) => debt.id === 'bank-10k');
// A 1×1 PNG: the photo of the signed page.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** `shangan progress --json` on the case file the server holds, as a helper with the CLI would. */
function progressWithCli(caseFile: unknown): unknown {
  const folder = mkdtempSync(join(tmpdir(), 'shangan-agreement-'));
  try {
    const file = join(folder, 'case.json');
    writeFileSync(file, JSON.stringify(caseFile, null, 2));
    return JSON.parse(
      execFileSync(process.execPath, [CLI, 'progress', file, '--json'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('from the lender’s offer to a tracked agreement (e2e)', { timeout: 240_000 }, () => {
  const run = useBrowserAndServer();

  for (const viewport of ['mobile', 'desktop'] as const) {
    it(`at ${viewport === 'mobile' ? '360×740' : '1280×800'}: offer → accept → signed agreement → two paid, one missed; every view agrees with the CLI`, async () => {
      const { browser, server } = run.started();
      const { id: caseId } = await callApi<{ id: string }>(server.base, '/api/cases', {
        json: { title: '协议', caseFile: CASE },
      });
      const session = await openSession(browser, server.base, viewport);
      run.keep(session.context);
      const { page, app, guard } = session;
      const body = page.locator('body');

      // The offer: 9,000 in 12 monthly payments from 20 August (the analysis date is 20 November).
      await app.openCase(caseId, '/negotiate/bank-10k/offer');
      await page.getByLabel(offerText.total).fill('9000');
      await page.getByLabel(offerText.periods).fill('12');
      await page.getByLabel(offerText.firstDue).fill('2026-08-20');
      await page.getByRole('button', { name: offerText.weigh, exact: true }).click();
      await page.getByRole('button', { name: offerText.accept }).click();
      await page.getByText(offerText.acceptedNote).waitFor();

      // The agreement form comes filled from the offer; the person adds what the paper says.
      await page.getByLabel(agreementText.signedOn).fill('2026-08-01');
      await page.getByLabel(agreementText.graceDays).fill('3');
      await page
        .getByLabel(agreementText.notes)
        .fill('加盖公章；协议生效后停止催收；结清后15日内出具结清证明');
      await page
        .getByLabel(agreementText.signedCopy)
        .setInputFiles({ name: '签字页.png', mimeType: 'image/png', buffer: PNG });
      await page.getByRole('button', { name: agreementText.save }).click();
      await page.getByText(agreementText.saved).waitFor();
      await app.screenshot(`agreement-${viewport}-recorded`);

      // Two instalments paid on time; the third (20 October) is missed.
      await app.goto('/negotiate/bank-10k/agreement');
      for (const [seq, day] of [
        [1, '2026-08-19'],
        [2, '2026-09-19'],
      ] as const) {
        await page.getByLabel(agreementText.paidOnLabel).fill(day);
        await page.getByRole('button', { name: agreementText.markPaid(seq) }).click();
        await page.getByRole('button', { name: agreementText.unmark(seq) }).waitFor();
      }

      const stored = await callApi<{ caseFile: { debts: { id: string; offers?: { state: string }[] }[] } }>(
        server.base,
        `/api/cases/${caseId}`,
      );
      expect(stored.caseFile.debts.find((debt) => debt.id === 'bank-10k')?.offers).toMatchObject([
        { state: 'accepted' },
      ]);
      const evidence = await callApi<{ evidence: { fileName: string }[] }>(
        server.base,
        `/api/cases/${caseId}/evidence`,
      );
      expect(evidence.evidence.map((file) => file.fileName)).toContain('签字页.png');

      const checkViews = async () => {
        await app.goto('/progress');
        await app.waitForScreen();
        const bankCard = page.getByRole('listitem').filter({ hasText: BANK?.lender ?? '' });
        expect(await textOf(bankCard)).toContain('协议有一期没按时还');
        expect(await textOf(bankCard)).toContain('未按时还');
        // Plan against actual: the chart is drawn, and its table says the missed 20 October instalment.
        await page.getByRole('img', { name: /签了协议的债务余额/ }).waitFor();
        await page.locator('#progress-chart ~ details > summary').click();
        const row = page.getByRole('row', { name: /2026-10-20/ });
        expect(await row.count()).toBe(1);
        await app.screenshot(`agreement-${viewport}-progress`);

        await app.goto('/overview');
        await page.locator('[data-figure="agreed-headline"]').waitFor();
        expect(await textOf(page.locator('[data-figure="agreed-headline"]'))).toContain('分 12 期');

        await app.goto('/plan');
        await app.waitForScreen();
        await page.getByText('已约定的还款').first().waitFor();

        await app.goto('/negotiate');
        await app.waitForScreen();
        await page.getByText('按协议还款中').first().waitFor();

        await app.goto('/documents/bank-10k/agreement');
        await page.getByText(checklistText.checklistRecordedIntro).waitFor();

        await app.goto('/reminders');
        await app.waitForScreen();
        await page.getByText(`${BANK?.lender} 第3/12期`).first().waitFor();
        expect(await textOf(body)).not.toContain(`${BANK?.lender} 第1/12期`);
      };
      await checkViews();
      await page.reload();
      await checkViews();

      // The progress the view shows is the CLI's, for the case file the server holds.
      const served = await callApi<unknown>(server.base, `/api/cases/${caseId}/progress?lang=zh`);
      const full = await callApi<{ caseFile: unknown }>(server.base, `/api/cases/${caseId}`);
      expect(served).toEqual(progressWithCli(full.caseFile));
      guard.assertClean();
    });
  }
});
