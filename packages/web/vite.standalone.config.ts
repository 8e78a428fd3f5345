import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import base from './vite.config';

const { version } = JSON.parse(readFileSync(new URL('../server/package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The page's Content Security Policy, as a <meta> (a static file server sets no headers; ADR 0030).
 * No host but the page's own. A meta policy cannot say frame-ancestors (browsers ignore it there),
 * and does not reach the API worker, whose script's response headers alone could give it one.
 */
export const STANDALONE_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'shangan-standalone-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: STANDALONE_CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `vite build --config vite.standalone.config.ts`: the whole product as static files
 * (dist-standalone/), the API running in a worker on PGlite in the browser (ADR 0030). The worker
 * bundles the server's sources, as the app bundles the core's.
 */
export default mergeConfig(base, {
  mode: 'standalone',
  // Relative URLs: the folder can be served from any path of any static server.
  base: './',
  resolve: {
    alias: {
      '@shangan/server/embedded': fileURLToPath(new URL('../server/src/embedded.ts', import.meta.url)),
      '@shangan/docx': fileURLToPath(new URL('../docx/src/index.ts', import.meta.url)),
    },
  },
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [contentSecurityPolicy()],
  // PGlite finds its .wasm and .data beside its module (new URL(…, import.meta.url)); pre-bundling
  // would move the module away from them (pglite.dev/docs/bundler-support).
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  build: { outDir: 'dist-standalone' },
});
