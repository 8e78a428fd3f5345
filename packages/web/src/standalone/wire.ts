/**
 * How the page and the API worker talk (ADR 0030): a Request goes over as its parts, its body read
 * whole (the API reads every body whole anyway, within its limits); the Response comes back on a
 * MessagePort of its own, head first, then its body one chunk per pull, so an export streams with
 * back-pressure and nothing in the protocol needs transferable streams (Safari has none).
 */

/** Page → worker, on the worker itself. */
export type ToWorker =
  | {
      type: 'request';
      url: string;
      method: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
      /** Where the answer goes (ToPage messages). */
      port: MessagePort;
    }
  /** Close the database after the requests in flight, then answer `closed` (another tab takes over). */
  | { type: 'close' };

/** Worker → page, on the worker itself. */
export type FromWorker =
  /** The engine's download on a first visit (bytes; total null when not known). */
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'ready'; storage: StorageKind }
  | { type: 'failed'; message: string }
  | { type: 'closed' };

/** Worker → page, on a request's port. */
export type ToPage =
  | { type: 'head'; status: number; statusText: string; headers: [string, string][] }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' }
  | { type: 'error'; message: string };

/** Page → worker, on a request's port: the next body chunk, or no more. */
export type PullMessage = 'pull' | 'cancel';

/** Where the worker's PGlite keeps its files: OPFS access handles, or IndexedDB. */
export type StorageKind = 'opfs-ahp' | 'idb';

/** Statuses whose response may not have a body (the Response constructor refuses one). */
export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);
