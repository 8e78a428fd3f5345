import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { guardNetwork, type NetworkGuard } from './network-guard.js';
import type { PageMessageEvent, PageWorker, PageWorkerGlobals } from './page-globals.js';
import { type StaticServer, serveStatic } from './static-server.js';

/**
 * The second transport of the server's route suites (ADR 0030): `useLocalApp().call` as in
 * packages/server/src/test-support/local-app.ts, but each request goes to the API worker of the
 * standalone build (packages/web/dist-standalone), in Chromium, served by a plain static server.
 * The vitest project "worker-routes" puts this module in place of local-app.ts, so the same test
 * files run unchanged against the same Hono app on PGlite in the browser.
 */

const DIST = fileURLToPath(new URL('../../packages/web/dist-standalone/', import.meta.url));
/** A page of the same origin with no app on it, so the only API worker is the harness's own. */
const HARNESS = '/__api-harness.html';
/** A cold PGlite (initdb and every migration) in the browser on a busy 2-core machine. */
const START_DEADLINE_MS = 180_000;

/** What a page.evaluate can carry back: the response's parts, its body in base64. */
interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  base64: string | null;
}

function builtWorkerScript(): string {
  const name = readdirSync(`${DIST}assets`).find((file) => /^api-worker-[\w-]+\.js$/.test(file));
  if (name === undefined)
    throw new Error(`${DIST}assets has no api-worker-*.js: run \`npm run build\` first.`);
  return `/assets/${name}`;
}

/** A request as `request` takes it: a JSON value (sent as application/json), text or bytes. */
export interface WorkerRequest {
  json?: unknown;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export function useLocalApp() {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let page: Page | undefined;
  let guard: NetworkGuard | undefined;
  let storage = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST, {
      [HARNESS]: '<!doctype html><link rel="icon" href="data:,"><title>API harness</title>',
    });
    const context = await newContext(browser, 'desktop');
    guard = await guardNetwork(context, server.base);
    page = await context.newPage();
    await page.goto(`${server.base}${HARNESS}`);
    storage = await page.evaluate(startWorker, { script: builtWorkerScript(), deadline: START_DEADLINE_MS });
  }, START_DEADLINE_MS + 30_000);
  afterAll(async () => {
    try {
      // No host but the page's own, no console errors, no CSP violations (acceptance 3).
      guard?.assertClean();
    } finally {
      await browser?.close();
      await server?.stop();
    }
  });
  /** Any request: its body a JSON value, text or bytes; the worker's Response as the page got it. */
  async function request(method: string, path: string, init: WorkerRequest = {}): Promise<Response> {
    if (page === undefined || server === undefined) throw new Error('the API worker did not start');
    const body = init.json === undefined ? init.body : JSON.stringify(init.json);
    const wire = await page.evaluate(send, {
      url: `${server.base}${path}`,
      method,
      headers: {
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      base64: body === undefined ? null : Buffer.from(body).toString('base64'),
    });
    const bytes = wire.base64 === null ? null : Buffer.from(wire.base64, 'base64');
    return new Response(bytes, { status: wire.status, statusText: wire.statusText, headers: wire.headers });
  }
  return {
    /** As local-app.ts's call: a JSON body, any other headers. */
    call: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      request(method, path, body === undefined ? { headers } : { json: body, headers }),
    request,
    /** Where the worker keeps the database: 'opfs-ahp' or 'idb'. */
    storage: () => storage,
    /** Closes the database cleanly, ends the worker and starts a new one on the same storage. */
    async restart(): Promise<void> {
      if (page === undefined) throw new Error('the API worker did not start');
      await page.evaluate(stopWorker);
      storage = await page.evaluate(startWorker, {
        script: builtWorkerScript(),
        deadline: START_DEADLINE_MS,
      });
    },
  };
}

// The functions below run in the page (page.evaluate): only what they declare, no imports, and
// no call to anything else of this module.
// They speak the worker's protocol (packages/web/src/standalone/wire.ts) as worker-fetch.ts does.

async function startWorker({ script, deadline }: { script: string; deadline: number }): Promise<string> {
  const page = globalThis as unknown as PageWorkerGlobals;
  const worker = new page.Worker(script, { type: 'module', name: 'shangan-api' });
  const storage = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API worker did not start in ${deadline} ms`)),
      deadline,
    );
    worker.onmessage = (event: PageMessageEvent) => {
      const data = event.data as { type: string; message?: string; storage?: string };
      clearTimeout(timer);
      if (data.type === 'ready') resolve(data.storage ?? '');
      else reject(new Error(`the API worker failed: ${data.message}`));
    };
    worker.onerror = (event) => reject(new Error(`the API worker failed: ${event.message}`));
  });
  page.apiWorker = worker;
  return storage;
}

async function stopWorker(): Promise<void> {
  const worker = (globalThis as unknown as PageWorkerGlobals).apiWorker as PageWorker;
  await new Promise<void>((resolve) => {
    worker.onmessage = (event: PageMessageEvent) => {
      if ((event.data as { type: string }).type === 'closed') resolve();
    };
    worker.postMessage({ type: 'close' });
  });
  worker.terminate();
}

async function send(request: {
  url: string;
  method: string;
  headers: Record<string, string>;
  base64: string | null;
}): Promise<WireResponse> {
  const page = globalThis as unknown as PageWorkerGlobals;
  const worker = page.apiWorker as PageWorker;
  const channel = new page.MessageChannel();
  const body =
    request.base64 === null
      ? null
      : Uint8Array.from(atob(request.base64), (char) => char.charCodeAt(0)).buffer;
  const messages: { type: string; [key: string]: unknown }[] = [];
  let wake: (() => void) | undefined;
  channel.port1.onmessage = (event: PageMessageEvent) => {
    messages.push(event.data as { type: string; [key: string]: unknown });
    wake?.();
  };
  const next = async () => {
    while (messages.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return messages.shift() as { type: string; [key: string]: unknown };
  };
  worker.postMessage(
    {
      type: 'request',
      url: request.url,
      method: request.method,
      headers: Object.entries(request.headers),
      body,
      port: channel.port2,
    },
    body === null ? [channel.port2] : [channel.port2, body],
  );
  const head = await next();
  if (head.type !== 'head') throw new Error(`the API worker answered ${head.type}: ${String(head.message)}`);
  const chunks: Uint8Array[] = [];
  for (;;) {
    channel.port1.postMessage('pull');
    const message = await next();
    if (message.type === 'end') break;
    if (message.type !== 'chunk') throw new Error(`the body failed: ${String(message.message)}`);
    chunks.push(message.bytes as Uint8Array);
  }
  const status = head.status as number;
  if ([101, 103, 204, 205, 304].includes(status)) {
    return {
      status,
      statusText: head.statusText as string,
      headers: head.headers as [string, string][],
      base64: null,
    };
  }
  let binary = '';
  for (const chunk of chunks) for (const byte of chunk) binary += String.fromCharCode(byte);
  return {
    status,
    statusText: head.statusText as string,
    headers: head.headers as [string, string][],
    base64: btoa(binary),
  };
}
