import { type ApiWorker, startApiWorker } from './worker-fetch';

/**
 * One writer across tabs (ADR 0030): the tab that holds the Web Lock runs the API worker; another
 * tab shows "已在另一个标签页打开" and may ask for it. Asking goes over a BroadcastChannel: the
 * holder finishes its requests, closes the database, ends its worker and lets go of the lock, and
 * only then does the asking tab, waiting on the lock, open the database. Two PGlites never have the
 * same files open; a tab that crashes lets go of the lock with it.
 */
const LOCK = 'shangan-database';
const CHANNEL = 'shangan-database';

export type EngineStatus = 'starting' | 'here' | 'elsewhere';

/** How far the engine's first download has come: bytes, and the total when known. */
export interface EngineProgress {
  loaded: number;
  total: number | null;
}

let worker: ApiWorker | undefined;
let release: (() => void) | undefined;
let onStatus: (status: EngineStatus) => void = () => {};
let onProgress: (progress: EngineProgress) => void = () => {};

/**
 * Claims the database for this tab if no other tab has it, and says where it is as that changes
 * (another tab may take it over later). Call once, at start.
 */
export async function claimDatabase(
  report: (status: EngineStatus) => void,
  progress: (progress: EngineProgress) => void = () => {},
): Promise<EngineStatus> {
  onStatus = report;
  onProgress = progress;
  new BroadcastChannel(CHANNEL).onmessage = (event) => {
    if (event.data === 'hand-over' && worker !== undefined) void handOver();
  };
  const status = (await holdLock(false)) ? 'here' : 'elsewhere';
  onStatus(status);
  return status;
}

/** Asks the tab that has the database to let go, and opens it here once it has. */
export async function takeOver(): Promise<void> {
  onStatus('starting');
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('hand-over');
  channel.close();
  await holdLock(true);
  onStatus('here');
}

let persistenceAsked = false;

/**
 * The API's fetch in this tab; refused while another tab has the database. After the first write
 * that succeeds the browser is asked to keep this site's storage (navigator.storage.persist), so
 * that it is not evicted under storage pressure; asked then rather than at the first visit, when
 * there is nothing to keep and a prompt (Firefox shows one) would come out of nowhere.
 */
export async function engineFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (worker === undefined) throw new TypeError('the database is open in another tab');
  const response = await worker.fetch(input, init);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (!persistenceAsked && response.ok && method !== 'GET' && method !== 'HEAD') {
    persistenceAsked = true;
    // A refusal changes nothing here: the data stays, only without the browser's promise.
    void navigator.storage?.persist?.().catch(() => false);
  }
  return response;
}

/** Resolves once the lock is held (false at once if `wait` is false and another tab holds it). */
function holdLock(wait: boolean): Promise<boolean> {
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(LOCK, wait ? {} : { ifAvailable: true }, async (lock) => {
        if (lock === null) {
          resolve(false);
          return;
        }
        // Held until handOver: the lock is released when this callback's promise settles.
        const held = new Promise<void>((done) => (release = done));
        const started = startApiWorker((loaded, total) => onProgress({ loaded, total }));
        try {
          await started.ready;
        } catch (error) {
          started.terminate();
          reject(error);
          return;
        }
        worker = started;
        resolve(true);
        await held;
      })
      .catch(reject);
  });
}

async function handOver(): Promise<void> {
  const leaving = worker;
  worker = undefined;
  onStatus('elsewhere');
  await leaving?.stop();
  release?.();
}
