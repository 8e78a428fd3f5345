import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin, type UserConfig } from 'vite';
import base from './vite.config';
import { offlineShell } from './vite-offline-shell';

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

/** The same index.html, with the policy and the standalone entry in place of src/main.tsx. */
function standalonePage(): Plugin {
  return {
    name: 'shangan-standalone-page',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const entry = '<script type="module" src="/src/main.tsx"></script>';
        if (!html.includes(entry)) throw new Error(`index.html no longer loads ${entry}`);
        return {
          html: html.replace(entry, '<script type="module" src="/src/standalone/main.tsx"></script>'),
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: STANDALONE_CSP },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}

/**
 * `vite build --config vite.standalone.config.ts`: the whole product as static files
 * (dist-standalone/), the API running in a worker on PGlite in the browser (ADR 0030). The worker
 * bundles the server's sources, as the app bundles the core's.
 */
const standalone: UserConfig = {
  // Relative URLs: the folder can be served from any path of any static server.
  base: './',
  resolve: {
    alias: {
      '@shangan/server/embedded': fileURLToPath(new URL('../server/src/embedded.ts', import.meta.url)),
      '@shangan/docx': fileURLToPath(new URL('../docx/src/index.ts', import.meta.url)),
    },
  },
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [standalonePage(), offlineShell()],
  // PGlite finds its .wasm and .data beside its module (new URL(…, import.meta.url)); pre-bundling
  // would move the module away from them (pglite.dev/docs/bundler-support).
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  build: {
    outDir: 'dist-standalone',
    rollupOptions: {
      // PGlite's Node-only file system (nodefs, for file:// data directories) is imported lazily and
      // never runs in a browser; Vite reports its node:* imports as externalized. Quiet, so that a
      // warning about the app itself stands out.
      onwarn(warning, warn) {
        if (warning.id?.includes('/node_modules/@electric-sql/pglite/')) return;
        if (warning.message.includes('/node_modules/@electric-sql/pglite/')) return;
        const quietBase = base.build?.rollupOptions?.onwarn;
        if (quietBase) quietBase(warning, warn);
        else warn(warning);
      },
    },
  },
};

export default mergeConfig(base, standalone);
