import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useLocalApp } from '../../test-support/local-app.js';

const { call } = useLocalApp();

const example = readFileSync(new URL('../../../../../examples/five-loans-80k.json', import.meta.url), 'utf8');
const golden = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../../../examples/expected/${path}`, import.meta.url), 'utf8'));

async function importExample(): Promise<string> {
  const response = await call('POST', '/api/import?title=offers', JSON.parse(example));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('offer and progress routes: the same numbers as `shangan offer` and `shangan progress`', () => {
  it('weighs an offer exactly as the CLI golden does, storing nothing', async () => {
    const caseId = await importExample();
    const before = await (await call('GET', `/api/cases/${caseId}`)).text();
    const response = await call('POST', `/api/cases/${caseId}/debts/bank-10k/offer`, {
      total: '9000',
      periods: 12,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(golden('offers/accept.json'));
    expect(await (await call('GET', `/api/cases/${caseId}`)).text()).toBe(before);
  });

  it('reports progress exactly as the CLI golden does', async () => {
    const caseId = await importExample();
    const response = await call('GET', `/api/cases/${caseId}/progress?lang=zh`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(golden('progress/five-loans-80k.json'));
  });

  it('names the field of a bad offer, and an unknown debt is a 404', async () => {
    const caseId = await importExample();
    const bad = await call('POST', `/api/cases/${caseId}/debts/bank-10k/offer`, { total: 'lots' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('"path":"total"');
    const unknown = await call('POST', `/api/cases/${caseId}/debts/nope/offer`, { total: '100' });
    expect(unknown.status).toBe(404);
  });
});
