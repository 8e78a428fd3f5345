import initdbWasmUrl from '@electric-sql/pglite/initdb.wasm?url';
import pgliteDataUrl from '@electric-sql/pglite/pglite.data?url';
import pgliteWasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import { ENGINE_CACHE } from './engine-cache';

/**
 * PGlite's engine (its WebAssembly and its file-system bundle, about 18 MB before compression),
 * downloaded by the API worker itself so that the page can show how far the first visit's
 * download has come (ADR 0032), and handed to PGlite instead of letting it fetch them again.
 * Compiled once: the worker may open PGlite twice (a probe of OPFS first). Kept in the engine's
 * cache (engine-cache.ts) once downloaded, for the next start and for the service worker.
 */
export interface EngineFiles {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
  fsBundle: Blob;
}

/** Bytes received so far and, when every file's size is known, the total. */
export type DownloadReport = (loaded: number, total: number | null) => void;

export async function loadEngineFiles(report: DownloadReport): Promise<EngineFiles> {
  const urls = [pgliteWasmUrl, initdbWasmUrl, pgliteDataUrl].map((url) => new URL(url, import.meta.url));
  const cache = await globalThis.caches?.open(ENGINE_CACHE).catch(() => undefined);
  const kept = await Promise.all(urls.map(async (url) => (await cache?.match(url)) ?? null));
  const responses = await Promise.all(urls.map((url, index) => kept[index] ?? fetch(url)));
  for (const [index, response] of responses.entries()) {
    if (!response.ok) throw new Error(`${urls[index]?.pathname}: HTTP ${response.status}`);
  }
  const total = totalOf(responses);
  const loaded = responses.map(() => 0);
  // Only a download is reported (read from the cache, there is nothing to wait for), from the
  // moment the sizes are known: before the first bytes of a slow network.
  const downloading = kept.includes(null);
  const tell = () => downloading && report(Math.min(sum(loaded), total ?? Number.POSITIVE_INFINITY), total);
  tell();
  const bodies = await Promise.all(
    responses.map((response, index) =>
      readAll(response, (bytes) => {
        loaded[index] = bytes;
        tell();
      }),
    ),
  );
  // A refusal (storage full) only means that the next start downloads them again.
  await Promise.all(
    urls.map((url, index) => {
      const response = responses[index];
      if (kept[index] !== null || response === undefined) return undefined;
      return cache?.put(url, new Response(bodies[index], { headers: response.headers }));
    }),
  ).catch(() => undefined);
  const [pglite, initdb, data] = bodies as [
    Uint8Array<ArrayBuffer>,
    Uint8Array<ArrayBuffer>,
    Uint8Array<ArrayBuffer>,
  ];
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
    WebAssembly.compile(pglite),
    WebAssembly.compile(initdb),
  ]);
  return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([data]) };
}

/**
 * The sum of the Content-Lengths, or null when one is missing or counts compressed bytes (a
 * server that gzips sends the compressed length, and the reader counts what is decompressed).
 */
export function totalOf(responses: readonly Response[]): number | null {
  let total = 0;
  for (const response of responses) {
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (!Number.isFinite(length) || response.headers.has('content-encoding')) return null;
    total += length;
  }
  return total;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function readAll(
  response: Response,
  progress: (bytes: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    chunks.push(next.value);
    received += next.value.length;
    progress(received);
  }
  const whole = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
