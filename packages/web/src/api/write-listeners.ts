/** A write the server accepted: its method and path (`POST`, `/api/cases/c1/evidence`). */
export type WriteListener = (method: string, path: string) => void;

const listeners = new Set<WriteListener>();

/** Calls `listener` after each write of the API that succeeded; returns the way to stop. */
export function onSuccessfulWrite(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The API client's fetch: `send` (the browser's, or the standalone build's API worker), telling
 * the listeners of each 2xx answer to anything but a GET (the backup reminder listens for an
 * agreement or evidence stored). Listeners cannot fail the call.
 */
export async function fetchTellingWrites(
  input: RequestInfo | URL,
  init?: RequestInit,
  send: typeof fetch = fetch,
): Promise<Response> {
  const response = await send(input, init);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (response.ok && method !== 'GET' && method !== 'HEAD') {
    const url = input instanceof Request ? input.url : String(input);
    const path = new URL(url, globalThis.location?.origin ?? 'http://localhost').pathname;
    for (const listener of listeners) {
      try {
        listener(method, path);
      } catch {
        // A reminder that cannot be noted is no reason to report the save as failed.
      }
    }
  }
  return response;
}
