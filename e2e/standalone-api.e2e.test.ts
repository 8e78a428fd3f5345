import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useLocalApp as useNodeApp } from '../packages/server/src/test-support/local-app.js';
import { useLocalApp as useWorkerApp } from './support/worker-local-app.js';

/**
 * The standalone build's API worker in Chromium, served by a plain static server (ADR 0030): the
 * journey of one case through it, answered as the Node server answers the same requests, its
 * evidence and export byte for byte, and nothing left after "delete everything". No request to any
 * other host, no CSP violation (the worker transport's guard, checked after the file).
 */

const worker = useWorkerApp();
const node = useNodeApp();
const example = readFileSync(new URL('../examples/five-loans-80k.json', import.meta.url), 'utf8');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Json = Record<string, unknown>;

/** A case imported from the example file through one transport: its id. */
async function importExample(request: typeof worker.request): Promise<string> {
  const response = await request('POST', '/api/import?title=standalone', {
    body: example,
    headers: { 'content-type': 'application/json' },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('the API in a worker of the standalone build', () => {
  it('keeps the database on OPFS in Chromium', () => {
    expect(worker.storage()).toBe('opfs-ahp');
  });

  it('answers the case, its analysis, plan and negotiation board as the Node server does', async () => {
    const inWorker = await importExample(worker.request);
    const onNode = await importExample(node.request);
    for (const path of ['', '/analysis', '/plan', '/negotiation', '/progress', '/reminders']) {
      const fromWorker = await worker.call('GET', `/api/cases/${inWorker}${path}`);
      const fromNode = await node.call('GET', `/api/cases/${onNode}${path}`);
      expect(fromWorker.status, path).toBe(fromNode.status);
      const text = (response: Response, id: string) =>
        response
          .text()
          .then((body) => body.replaceAll(id, '<case>').replace(/"(created|updated)At":"[^"]+"/g, ''));
      expect(await text(fromWorker, inWorker), path).toBe(await text(fromNode, onNode));
    }
  });

  it('edits with If-Match, logs a contact with evidence, exports and re-imports it whole', async () => {
    const id = await importExample(worker.request);
    const read = await worker.call('GET', `/api/cases/${id}`);
    const etag = read.headers.get('etag') ?? '';
    const stored = (await read.json()) as { title: string; caseFile: Json };
    const replaced = await worker.call(
      'PUT',
      `/api/cases/${id}`,
      { title: '改过的标题', caseFile: stored.caseFile },
      { 'if-match': etag },
    );
    expect(replaced.status).toBe(200);
    const stale = await worker.call(
      'PUT',
      `/api/cases/${id}`,
      { title: '又改', caseFile: stored.caseFile },
      { 'if-match': etag },
    );
    expect(stale.status).toBe(412);

    const debtId = ((stored.caseFile.debts as { id: string }[])[0] as { id: string }).id;
    const contact = {
      at: '2026-11-05T23:10',
      channel: 'phone',
      direction: 'incoming',
      theySaid: '再不还就联系你单位',
      flags: ['threat'],
    };
    const logged = await worker.call('POST', `/api/cases/${id}/debts/${debtId}/contacts`, contact);
    expect(logged.status).toBe(201);
    const contactId = ((await logged.json()) as { id: string }).id;
    // More than one 256 KB chunk, so it is stored, read and streamed back in pieces.
    const content = new Uint8Array(randomBytes(300_000));
    const upload = await worker.request(
      'POST',
      `/api/cases/${id}/evidence?fileName=rec.m4a&contactId=${contactId}`,
      {
        body: content,
        headers: { 'content-type': 'audio/mp4' },
      },
    );
    expect(upload.status).toBe(201);
    const evidence = (await upload.json()) as { id: string; sha256: string };
    expect(evidence.sha256).toBe(sha256(content));
    const download = await worker.call('GET', `/api/cases/${id}/evidence/${evidence.id}`);
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(content));

    const exported = await worker.call('GET', `/api/cases/${id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/zip');
    const zip = new Uint8Array(await exported.arrayBuffer());
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    expect(names.some((name) => name.endsWith('.m4a'))).toBe(true);
    const caseFileName = names.find((name) => name.endsWith('.json')) ?? '';
    const exportedFile = JSON.parse(strFromU8(entries[caseFileName] as Uint8Array)) as {
      debts: { id: string; contacts?: unknown[] }[];
    };
    expect(exportedFile.debts.find((debt) => debt.id === debtId)?.contacts).toEqual([contact]);

    const imported = await worker.request('POST', '/api/import?title=restored', {
      body: zip,
      headers: { 'content-type': 'application/zip' },
    });
    expect(imported.status).toBe(201);
    const restored = ((await imported.json()) as { id: string }).id;
    const contacts = (await (await worker.call('GET', `/api/cases/${restored}/contacts`)).json()) as {
      contacts: { theySaid?: string; evidence: { id: string; sha256: string }[] }[];
    };
    const file = contacts.contacts.flatMap((contact) => contact.evidence)[0];
    expect(file?.sha256).toBe(sha256(content));
    const again = await worker.call('GET', `/api/cases/${restored}/evidence/${file?.id}`);
    expect(sha256(new Uint8Array(await again.arrayBuffer()))).toBe(sha256(content));
  });

  // Each restart opens the stored database anew: seconds, more on a busy machine.
  it('keeps what it acknowledged across a restart of the worker, and deletes everything on request', {
    timeout: 400_000,
  }, async () => {
    const id = await importExample(worker.request);
    await worker.restart();
    expect(worker.storage()).toBe('opfs-ahp');
    const read = await worker.call('GET', `/api/cases/${id}`);
    expect(read.status).toBe(200);

    const wiped = await worker.call('DELETE', '/api/data');
    expect(wiped.status).toBe(204);
    expect(await (await worker.call('GET', '/api/cases')).json()).toEqual({ cases: [] });
    await worker.restart();
    expect(await (await worker.call('GET', '/api/cases')).json()).toEqual({ cases: [] });
    expect((await worker.call('GET', `/api/cases/${id}`)).status).toBe(404);
  });
});
