import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { PageMessageEvent, PageWorker, PageWorkerGlobals } from './page-globals.js';

/**
 * The standalone build's API worker (packages/web/dist-standalone, ADR 0030) driven from Node
 * through a page of its origin: requests in, Responses out, over the worker's own protocol
 * (packages/web/src/standalone/wire.ts). For the worker transport of the route suites
 * (worker-local-app.ts) and for bench/standalone.bench.ts.
 */

export const STANDALONE_DIST = fileURLToPath(new URL('../../packages/web/dist-standalone/', import.meta.url));
/** A page of the same origin with no app on it, so the only API worker is the harness's own. */
const HARNESS = '/__api-harness.html';
/** What serveStatic answers besides the build: the harness page. */
export const HARNESS_PAGES = {
  [HARNESS]: '<!doctype html><link rel="icon" href="data:,"><title>API harness</title>',
};
/** A cold PGlite (initdb and every migration) in the browser on a busy 2-core machine. */
export const START_DEADLINE_MS = 180_000;

/** What a page.evaluate can carry back: the response's parts, its body in base64. */
interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  base64: string | null;
}

/** A request as `request` takes it: a JSON value (sent as application/json), text or bytes. */
export interface WorkerRequest {
  json?: unknown;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface ApiHarness {
  /** Any request: its body a JSON value, text or bytes; the worker's Response as the page got it. */
  request(method: string, path: string, init?: WorkerRequest): Promise<Response>;
  /** As packages/server/src/test-support/local-app.ts's call: a JSON body, any other headers. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Where the worker keeps the database: 'opfs-ahp' or 'idb'. */
  storage(): string;
  /** Starts a worker (none may be running): the milliseconds until it answered ready. */
  start(): Promise<number>;
  /** Closes the database cleanly and ends the worker. */
  stop(): Promise<void>;
}

function builtWorkerScript(): string {
  const name = readdirSync(`${STANDALONE_DIST}assets`).find((file) => /^api-worker-[\w-]+\.js$/.test(file));
  if (name === undefined) {
    throw new Error(`${STANDALONE_DIST}assets has no api-worker-*.js: run \`npm run build\` first.`);
  }
  return `/assets/${name}`;
}

/** Opens the harness page at `base` (a static server of STANDALONE_DIST with HARNESS_PAGES). */
export async function openApiHarness(page: Page, base: string): Promise<ApiHarness> {
  await page.goto(`${base}${HARNESS}`);
  const script = builtWorkerScript();
  let storage = '';
  const request = async (method: string, path: string, init: WorkerRequest = {}): Promise<Response> => {
    const body = init.json === undefined ? init.body : JSON.stringify(init.json);
    const wire = await page.evaluate(send, {
      url: `${base}${path}`,
      method,
      headers: {
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      base64: body === undefined ? null : Buffer.from(body).toString('base64'),
    });
    const bytes = wire.base64 === null ? null : Buffer.from(wire.base64, 'base64');
    return new Response(bytes, { status: wire.status, statusText: wire.statusText, headers: wire.headers });
  };
  return {
    request,
    call: (method, path, body, headers = {}) =>
      request(method, path, body === undefined ? { headers } : { json: body, headers }),
    storage: () => storage,
    async start() {
      const started = performance.now();
      storage = await page.evaluate(startWorker, { script, deadline: START_DEADLINE_MS });
      return performance.now() - started;
    },
    stop: () => page.evaluate(stopWorker),
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
      // The engine's download, reported on a first start: not an answer yet.
      if (data.type === 'progress') return;
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
