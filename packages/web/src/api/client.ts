import type { ApiErrorBody, ApiIssue } from '@shangan/contract';
import type { AppType } from '@shangan/server';
import { type ClientResponse, hc, type parseResponse } from 'hono/client';
import { fetchTellingWrites } from './write-listeners';

/** A failed API call: the server's stable code, its message, and per-field issues (with codes). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorBody['error']['code'] | 'offline' | 'http_error' | 'client',
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
  }

  /** 412: the case was changed elsewhere since it was read; nothing was stored (ADR 0022). */
  get isStale(): boolean {
    return this.code === 'precondition_failed';
  }
}

/** What sends the API's Requests: the browser's fetch, to the server that served the page. */
let transport: typeof fetch = (input, init) => fetch(input, init);
let inThisBrowser = false;

/**
 * The standalone build's entry (standalone/main.tsx) sends every Request to the API worker in this
 * browser instead, before anything calls the API (ADR 0030).
 */
export function sendRequestsWith(send: typeof fetch): void {
  transport = send;
  inThisBrowser = true;
}

/** True in the standalone build: the API and the case live in this browser, no server is asked. */
export function apiInThisBrowser(): boolean {
  return inThisBrowser;
}

/**
 * This server's API, typed by its routes: `api.api.cases[':caseId'].$get({ param: { caseId } })`.
 * Paths, inputs and outputs come from the server's AppType, so a renamed route or a changed field
 * is a type error here, not a 404 at run time.
 */
export const api = hc<AppType>(globalThis.location?.origin ?? 'http://localhost', {
  // The server words its errors in the language asked for: the one the UI shows (<html lang>).
  headers: () => ({ 'Accept-Language': uiLanguage() === 'en' ? 'en' : 'zh-CN' }),
  fetch: (input: RequestInfo | URL, init?: RequestInit) => fetchTellingWrites(input, init, transport),
}).api;

/** The UI's language as LocaleProvider sets it on <html lang>; Chinese before it has. */
function uiLanguage(): 'zh' | 'en' {
  return globalThis.document?.documentElement.lang === 'en' ? 'en' : 'zh';
}

/** When the API cannot be reached: a server that stopped, or (standalone) this browser's engine. */
const OFFLINE = {
  server: {
    zh: '连不上上岸服务器，请确认它仍在运行',
    en: 'cannot reach the Shang’an server: check that it is still running',
  },
  browser: {
    zh: '这个浏览器里的上岸数据暂时打不开：可能已在另一个标签页打开。请关闭其他标签页后刷新这一页',
    en: 'the data of 上岸 in this browser cannot be opened just now: it may be open in another tab. Close the other tabs and reload this page',
  },
} as const;

/** What a call answers when it succeeds: the route's 2xx JSON, text, or nothing (204). */
export type Success<R extends ClientResponse<unknown>> = Awaited<ReturnType<typeof parseResponse<R>>>;

async function failure(response: Response): Promise<ApiFailure> {
  try {
    const { error } = (await response.json()) as ApiErrorBody;
    return new ApiFailure(response.status, error.code, error.message, error.issues);
  } catch {
    return new ApiFailure(response.status, 'http_error', `HTTP ${response.status}`);
  }
}

/**
 * Awaits a call of `api`, and gives its success body or rejects with ApiFailure: the server's
 * error, or 'offline' when the server cannot be reached.
 */
export async function expectOk<R extends ClientResponse<unknown>>(call: Promise<R>): Promise<Success<R>> {
  return (await expectOkWithEtag(call)).body;
}

/** The call's response if it succeeded; otherwise rejects as expectOk does. */
async function okResponse(call: Promise<unknown>): Promise<Response> {
  let response: Response;
  try {
    response = (await call) as Response;
  } catch {
    throw new ApiFailure(0, 'offline', OFFLINE[inThisBrowser ? 'browser' : 'server'][uiLanguage()]);
  }
  if (!response.ok) throw await failure(response);
  return response;
}

/** As expectOk, for a route that answers a file (a case export): its bytes. */
export async function expectBytes(call: Promise<ClientResponse<unknown>>): Promise<Uint8Array> {
  return new Uint8Array(await (await okResponse(call)).arrayBuffer());
}

/**
 * As expectOk, with the response's ETag: a case's revision, which the next edit of that case
 * sends back as If-Match (ADR 0022). Empty when the response has none.
 */
export async function expectOkWithEtag<R extends ClientResponse<unknown>>(
  call: Promise<R>,
): Promise<{ body: Success<R>; etag: string }> {
  const response = await okResponse(call);
  const etag = response.headers.get('etag') ?? '';
  const type = response.headers.get('content-type') ?? '';
  // The route's own response type decides what comes back; this reads it as the server sent it.
  if (response.status === 204) return { body: undefined as Success<R>, etag };
  const body = (type.includes('json') ? await response.json() : await response.text()) as Success<R>;
  return { body, etag };
}

/** A same-origin address of the API (for links: downloads, the calendar file). */
export function hrefOf(url: URL): string {
  return `${url.pathname}${url.search}`;
}
