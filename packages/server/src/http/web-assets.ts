import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exactArrayBuffer } from './array-buffer.js';

/** One file of the built web app, held in memory with its gzip twin (the app is a few hundred KB). */
export interface WebAsset {
  body: ArrayBuffer;
  gzip: ArrayBuffer;
  type: string;
}

/** URL path (`/`, `/assets/index-3f2a.js`) → file. */
export type WebAssets = ReadonlyMap<string, WebAsset>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Reads the built web app (`packages/web/dist`) once at boot. Nothing is read from disk per
 * request, so no request path can reach a file outside the build. Missing build → empty map.
 */
export function loadWebAssets(root: string): WebAssets {
  const assets = new Map<string, WebAsset>();
  if (!existsSync(join(root, 'index.html'))) return assets;
  for (const file of filesUnder(root)) {
    const type = TYPES[extname(file)];
    if (type === undefined) continue;
    const body = readFileSync(file);
    const path = `/${relative(root, file).split(sep).join('/')}`;
    assets.set(path === '/index.html' ? '/' : path, {
      body: exactArrayBuffer(body),
      gzip: exactArrayBuffer(gzipSync(body, { level: 9 })),
      type,
    });
  }
  return assets;
}
