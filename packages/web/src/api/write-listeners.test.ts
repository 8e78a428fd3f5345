import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTellingWrites, onSuccessfulWrite } from './write-listeners';

describe('the API client’s fetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells listeners of accepted writes only, and a failing listener fails nothing', async () => {
    vi.stubGlobal(
      'fetch',
      async (input: string) => new Response('{}', { status: input.endsWith('/bad') ? 422 : 201 }),
    );
    const heard: string[] = [];
    const stopBroken = onSuccessfulWrite(() => {
      throw new Error('a broken listener');
    });
    const stop = onSuccessfulWrite((method, path) => heard.push(`${method} ${path}`));
    const base = 'http://127.0.0.1:8787';
    const answer = await fetchTellingWrites(`${base}/api/cases/c1/evidence?fileName=a.png`, {
      method: 'post',
    });
    expect(answer.status).toBe(201);
    await fetchTellingWrites(`${base}/api/cases/c1`, { method: 'GET' });
    await fetchTellingWrites(`${base}/api/cases/c1`);
    await fetchTellingWrites(`${base}/api/cases/c1/bad`, { method: 'POST' });
    stop();
    stopBroken();
    await fetchTellingWrites(`${base}/api/cases/c1/contacts`, { method: 'POST' });
    expect(heard).toEqual(['POST /api/cases/c1/evidence']);
  });
});
