import { PGlite } from '@electric-sql/pglite';
import {
  type EmbeddedApi,
  migrationsOf,
  portableByteaCodec,
  startEmbeddedApi,
} from '@shangan/server/embedded';
import { chooseStorage, dataDirOf, eraseStorage, markIndexedDb } from './browser-storage';
import { loadEngineFiles } from './engine-files';
import type { FromWorker, PullMessage, StorageKind, ToPage, ToWorker } from './wire';

/**
 * The API in a dedicated worker (ADR 0030): the server's own Hono app and stores on PGlite in this
 * browser, answering the Requests the page posts (wire.ts). A dedicated worker, not a service
 * worker: the browser stops an idle service worker, and the database took 8 s to start in one.
 */

/** The worker's own scope, as far as used here (the web app's types are the DOM's, not a worker's). */
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

/** The server package's version (vite.standalone.config.ts), as GET /api/health reports it. */
declare const __APP_VERSION__: string;

// The server's migrations, bundled as strings at build time from packages/server/migrations.
const sources = import.meta.glob<string>('../../../server/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const migrations = migrationsOf(
  Object.entries(sources).map(([path, sql]) => [path.split('/').pop() ?? path, sql]),
);

function post(message: FromWorker): void {
  scope.postMessage(message);
}

/** Opens PGlite on the chosen storage; a first open on OPFS that fails moves to IndexedDB. */
async function openStorage(): Promise<{ storage: StorageKind; open: () => Promise<PGlite> }> {
  let storage = await chooseStorage();
  // A report at most every 1 % (or 256 KB when the size is unknown), not one per network chunk.
  let told = -1;
  const engine = await loadEngineFiles((loaded, total) => {
    const step = total === null ? Math.floor(loaded / 262_144) : Math.floor((loaded / total) * 100);
    if (step === told) return;
    told = step;
    post({ type: 'progress', loaded, total });
  });
  const open = async () => {
    const client = new PGlite(dataDirOf(storage), { ...portableByteaCodec, ...engine });
    await client.waitReady;
    return client;
  };
  if (storage === 'opfs-ahp') {
    try {
      const probe = await open();
      await probe.close();
    } catch {
      await eraseStorage('opfs-ahp');
      await markIndexedDb();
      storage = 'idb';
    }
  }
  return { storage, open };
}

async function start(): Promise<{ api: EmbeddedApi; storage: StorageKind }> {
  const { storage, open } = await openStorage();
  const api = await startEmbeddedApi({
    open,
    erase: () => eraseStorage(storage),
    migrations,
    version: __APP_VERSION__,
  });
  return { api, storage };
}

const started = start();
let inFlight = 0;
let idle: (() => void) | undefined;

started.then(
  ({ storage }) => post({ type: 'ready', storage }),
  (error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'request') void answer(message);
  else void closeWhenIdle();
};

async function closeWhenIdle(): Promise<void> {
  const { api } = await started;
  if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
  await api.close();
  post({ type: 'closed' });
}

async function answer(message: Extract<ToWorker, { type: 'request' }>): Promise<void> {
  const { port } = message;
  const send = (reply: ToPage, transfer: Transferable[] = []) => port.postMessage(reply, transfer);
  inFlight++;
  try {
    const { api } = await started;
    const response = await api.fetch(
      new Request(message.url, { method: message.method, headers: message.headers, body: message.body }),
    );
    send({
      type: 'head',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
    await streamBody(response, port, send);
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    port.close();
  } finally {
    inFlight--;
    if (inFlight === 0) idle?.();
  }
}

/** The body one chunk per pull, each copied and transferred (the API may still hold the original). */
async function streamBody(
  response: Response,
  port: MessagePort,
  send: (reply: ToPage, transfer?: Transferable[]) => void,
): Promise<void> {
  const reader = response.body?.getReader();
  if (reader === undefined) {
    send({ type: 'end' });
    port.close();
    return;
  }
  await new Promise<void>((resolve) => {
    port.onmessage = async (event: MessageEvent<PullMessage>) => {
      try {
        if (event.data === 'cancel') {
          await reader.cancel();
          port.close();
          resolve();
          return;
        }
        const next = await reader.read();
        if (next.done) {
          send({ type: 'end' });
          port.close();
          resolve();
          return;
        }
        const bytes = next.value.slice();
        send({ type: 'chunk', bytes }, [bytes.buffer]);
      } catch (error) {
        send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
        port.close();
        resolve();
      }
    };
  });
}
