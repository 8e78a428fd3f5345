import type { ApiErrorBody } from '@shangan/server';

/** A failed API call: the server's stable code, its message for people, and per-field issues. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<ApiFailure> {
  try {
    const body = (await response.json()) as ApiErrorBody;
    return new ApiFailure(response.status, body.error.code, body.error.message, body.error.issues ?? []);
  } catch {
    return new ApiFailure(response.status, 'http_error', `HTTP ${response.status}`);
  }
}

async function call(method: string, path: string, body?: BodyInit, contentType?: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: contentType === undefined ? {} : { 'Content-Type': contentType },
      ...(body === undefined ? {} : { body }),
    });
  } catch {
    throw new ApiFailure(0, 'offline', '连不上上岸服务器，请确认它仍在运行 (cannot reach the server)');
  }
  if (!response.ok) throw await failure(response);
  return response;
}

/** GET a JSON resource of this server's API. */
export async function getJson<T>(path: string): Promise<T> {
  return (await (await call('GET', path)).json()) as T;
}

/** GET a text resource (a letter in Markdown). */
export async function getText(path: string): Promise<string> {
  return (await call('GET', path)).text();
}

/** POST/PUT/DELETE with a JSON body (or none); resolves to the JSON answer, if any. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await call(
    method,
    path,
    body === undefined ? undefined : JSON.stringify(body),
    body === undefined ? undefined : 'application/json',
  );
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** POST raw bytes (an evidence file) and resolve to the JSON answer. */
export async function sendBytes<T>(path: string, file: Blob): Promise<T> {
  const response = await call('POST', path, file, file.type === '' ? 'application/octet-stream' : file.type);
  return (await response.json()) as T;
}
