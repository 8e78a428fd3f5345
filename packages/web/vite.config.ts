import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
      // zod's sources carry esbuild-style purity comments Rollup cannot place; harmless, so quiet.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8787' } },
});
