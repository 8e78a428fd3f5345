import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callApi, openSession, textOf } from './pages/app-page.js';
import { loadCatalog } from './pages/catalog.js';
import { useBrowserAndServer } from './support/browser-and-server.js';

// Issue 12: the lender's offer, entered on a phone, weighed with the same verdict, counter-offer and
// words to say as `shangan offer` (its goldens in examples/expected/offers/).

interface OfferTexts {
  title: (lender: string) => string;
  total: string;
  periods: string;
  weigh: string;
  scriptTitle: string;
}
const text = (await loadCatalog<OfferTexts>('screens/negotiate/offer-messages.ts', 'offerMessages')).zh;
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const CASE = JSON.parse(readFileSync(`${examples}five-loans-80k.json`, 'utf8')) as {
  debts: { id: string; lender: string }[];
};
const golden = (name: string) =>
  JSON.parse(readFileSync(`${examples}expected/offers/${name}.json`, 'utf8')) as {
    verdictLabel: string;
    counter: { script: string[] } | null;
  };

describe('weighing the lender’s offer (e2e)', { timeout: 180_000 }, () => {
  const run = useBrowserAndServer();

  it('at 360×740: an offer to accept, then one to counter, each as the CLI weighs it', async () => {
    const { browser, server } = run.started();
    const { id: caseId } = await callApi<{ id: string }>(server.base, '/api/cases', {
      json: { title: '方案', caseFile: CASE },
    });
    const session = await openSession(browser, server.base, 'mobile');
    run.keep(session.context);
    const { page, app, guard } = session;
    await app.openCase(caseId, '/negotiate/bank-10k/offer');
    const bank = CASE.debts.find((debt) => debt.id === 'bank-10k');
    await app.waitForScreen(text.title(bank?.lender ?? ''));

    for (const [name, total, periods] of [
      ['accept', '9000', '12'],
      ['counter', '10800', '6'],
    ] as const) {
      await page.getByLabel(text.total).fill(total);
      await page.getByLabel(text.periods).fill(periods);
      await page.getByRole('button', { name: text.weigh, exact: true }).click();
      const verdict = page.getByRole('heading', { level: 2, name: new RegExp(golden(name).verdictLabel) });
      await verdict.waitFor();
      const script = golden(name).counter?.script ?? [];
      for (const line of script) expect(await textOf(page.locator('body'))).toContain(line);
      await app.screenshot(`offer-${name}`);
    }
    guard.assertClean();
  });
});
