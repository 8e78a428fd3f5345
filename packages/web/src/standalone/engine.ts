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

/**
 * 'starting' until the lock is known (a few milliseconds), 'opening' while this tab has the lock
 * and the worker starts (downloads the engine on a first visit, opens and migrates the database),
 * 'here' once it answers, 'elsewhere' while another tab has the database.
 */
export type EngineStatus = 'starting' | 'opening' | 'here' | 'elsewhere';

/** How far the engine's first download has come: bytes, and the total when known. */
export interface EngineProgress {
  loaded: number;
  total: number | null;
}

let worker: ApiWorker | undefined;
let release: (() => void) | undefined;
let status: EngineStatus = 'starting';
/** Another tab asked for the database while this one was still opening it: hand it over once open. */
let handOverAsked = false;
let onStatus: (status: EngineStatus) => void = () => {};
let onProgress: (progress: EngineProgress) => void = () => {};
/** The requests made before the worker answers: they wait here, and go once it does (ADR 0030). */
let opened:
  | { promise: Promise<ApiWorker>; resolve: (api: ApiWorker) => void; reject: (why: Error) => void }
  | undefined;

function report(next: EngineStatus): void {
  status = next;
  if (next === 'here' && worker !== undefined) {
    opened?.resolve(worker);
    opened = undefined;
  } else if (next === 'elsewhere') refuseWaiting(new TypeError('the database is open in another tab'));
  onStatus(next);
}

/** The requests waiting fail (as a network error would): the engine did not open here. */
function refuseWaiting(why: unknown): void {
  opened?.reject(why instanceof Error ? why : new Error(String(why)));
  opened = undefined;
}

/** The worker, now or once it has opened the database; refused while another tab has it. */
function openWorker(): Promise<ApiWorker> {
  if (worker !== undefined) return Promise.resolve(worker);
  if (status === 'elsewhere') return Promise.reject(new TypeError('the database is open in another tab'));
  if (opened === undefined) {
    let resolve: (api: ApiWorker) => void = () => {};
    let reject: (why: Error) => void = () => {};
    const promise = new Promise<ApiWorker>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    opened = { promise, resolve, reject };
  }
  return opened.promise;
}

/**
 * Claims the database for this tab if no other tab has it, and says where it is as that changes
 * (another tab may take it over later). Call once, at start.
 */
export async function claimDatabase(
  listen: (status: EngineStatus) => void,
  progress: (progress: EngineProgress) => void = () => {},
): Promise<EngineStatus> {
  onStatus = listen;
  onProgress = progress;
  new BroadcastChannel(CHANNEL).onmessage = (event) => {
    if (event.data !== 'hand-over') return;
    if (worker !== undefined) void handOver();
    else if (status === 'opening') handOverAsked = true;
  };
  try {
    if (await holdLock(false)) openedHere();
    else report('elsewhere');
  } catch (error) {
    refuseWaiting(error);
    throw error;
  }
  return status;
}

/** Asks the tab that has the database to let go, and opens it here once it has. */
export async function takeOver(): Promise<void> {
  report('starting');
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('hand-over');
  channel.close();
  try {
    await holdLock(true);
  } catch (error) {
    refuseWaiting(error);
    throw error;
  }
  openedHere();
}

/** The worker answers: the requests waiting go to it, unless another tab asked for it meanwhile. */
function openedHere(): void {
  report('here');
  if (!handOverAsked) return;
  handOverAsked = false;
  void handOver();
}

let persistenceAsked = false;

/**
 * The API's fetch in this tab. A request made while the engine starts waits for it, so the app
 * renders and its screens that need no case work at once; refused while another tab has the
 * database. After the first write
 * that succeeds the browser is asked to keep this site's storage (navigator.storage.persist), so
 * that it is not evicted under storage pressure; asked then rather than at the first visit, when
 * there is nothing to keep and a prompt (Firefox shows one) would come out of nowhere.
 */
export async function engineFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await (await openWorker()).fetch(input, init);
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
        report('opening');
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
  report('elsewhere');
  await leaving?.stop();
  release?.();
}
