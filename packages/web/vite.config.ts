import { fileURLToPath } from 'node:url';
import { defineConfig, type Rollup } from 'vite';

type RollupLog = Rollup.RollupLog;

/**
 * zod's sources carry esbuild-style purity comments Rollup cannot place, and a comment of
 * @scure/base (the backup code's bech32) quotes one; harmless, so quiet.
 */
function quietAnnotations(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  const quiet = ['/node_modules/zod/', '/node_modules/@scure/base/'];
  if (warning.code === 'INVALID_ANNOTATION' && quiet.some((path) => warning.id?.includes(path))) return;
  warn(warning);
}

// The app imports the core's and the contract's TypeScript sources, so tree-shaking sees every module and the
// browser bundle carries only what the screens use (no DOCX writer, no Node code).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: {
      '@shangan/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      '@shangan/contract': fileURLToPath(new URL('../contract/src/index.ts', import.meta.url)),
    },
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // The backup worker (src/backup/backup-worker.ts) is started as a module worker.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Sizes are measured by `npm run bench` (initial JS gzip), not warned about here.
    reportCompressedSize: false,
    rollupOptions: {
      onwarn: quietAnnotations,
    },
  },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8787' } },
});
