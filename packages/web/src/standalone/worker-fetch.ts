import { type FromWorker, NULL_BODY_STATUSES, type PullMessage, type ToPage, type ToWorker } from './wire';

/** The API worker as the page sees it: a fetch for hono's client, and a clean stop. */
export interface ApiWorker {
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Where the database is, once the worker has opened it; rejects if it could not. */
  ready: Promise<FromWorker & { type: 'ready' }>;
  /** Lets the requests in flight finish, closes the database and ends the worker. */
  stop(): Promise<void>;
  /** Ends the worker at once (it failed to start: there is nothing to close). */
  terminate(): void;
}

/** Starts the API worker and gives a fetch that sends each Request to it (wire.ts). */
export function startApiWorker(
  onProgress: (loaded: number, total: number | null) => void = () => {},
): ApiWorker {
  const worker = new Worker(new URL('./api-worker.ts', import.meta.url), {
    type: 'module',
    name: 'shangan-api',
  });
  let closed: (() => void) | undefined;
  const ready = new Promise<FromWorker & { type: 'ready' }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.loaded, message.total);
      else if (message.type === 'ready') resolve(message);
      else if (message.type === 'failed') reject(new Error(message.message));
      else closed?.();
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the API worker did not start'));
  });
  let stopping = false;

  async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    if (stopping) throw new TypeError('the API is open in another tab');
    await ready;
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const channel = new MessageChannel();
    const message: ToWorker = {
      type: 'request',
      url: request.url,
      method: request.method,
      headers: [...request.headers],
      body,
      port: channel.port2,
    };
    worker.postMessage(message, body === null ? [channel.port2] : [channel.port2, body]);
    return responseFrom(channel.port1);
  }

  async function stop(): Promise<void> {
    stopping = true;
    try {
      await ready;
      await new Promise<void>((resolve) => {
        closed = resolve;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
      });
    } finally {
      worker.terminate();
    }
  }

  return { fetch, ready, stop, terminate: () => worker.terminate() };
}

/** The Response whose head and body chunks arrive on `port`; a failure in the worker is a network error. */
function responseFrom(port: MessagePort): Promise<Response> {
  let next: ((message: ToPage) => void) | undefined;
  const queue: ToPage[] = [];
  port.onmessage = (event: MessageEvent<ToPage>) => {
    if (next) {
      const take = next;
      next = undefined;
      take(event.data);
    } else queue.push(event.data);
  };
  const receive = () =>
    new Promise<ToPage>((resolve) => {
      const queued = queue.shift();
      if (queued) resolve(queued);
      else next = resolve;
    });
  const pull = (message: PullMessage) => port.postMessage(message);
  return receive().then((head) => {
    if (head.type === 'error') throw new TypeError(head.message);
    if (head.type !== 'head') throw new TypeError(`the API worker answered ${head.type} first`);
    const init = { status: head.status, statusText: head.statusText, headers: head.headers };
    if (NULL_BODY_STATUSES.has(head.status)) {
      pull('cancel');
      return new Response(null, init);
    }
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        pull('pull');
        const message = await receive();
        if (message.type === 'chunk') controller.enqueue(message.bytes);
        else if (message.type === 'end') controller.close();
        else
          controller.error(new TypeError(message.type === 'error' ? message.message : 'unexpected message'));
      },
      cancel() {
        pull('cancel');
      },
    });
    return new Response(body, init);
  });
}
