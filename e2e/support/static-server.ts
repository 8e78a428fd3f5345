import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A plain static file server, as anyone would serve dist-standalone/ with (`python3 -m http.server`
 * does the same): files by path, index.html for a folder, no headers of 上岸's own (so the page's
 * CSP is its <meta>), nothing proxied. `extra` answers a few paths of a test's own; `hold` may
 * keep a file's body back, after its head, until a test lets it go (a slow network, on cue).
 */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

export async function serveStatic(
  folder: string,
  extra: Record<string, string> = {},
  hold: (path: string) => Promise<void> = async () => {},
): Promise<StaticServer> {
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} has no index.html: run \`npm run build\` first.`);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const own = extra[path];
    if (own !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(own);
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(statSync(file).size),
    });
    response.flushHeaders();
    const served = file;
    void hold(path).then(() => createReadStream(served).pipe(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
