import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the sources, not the build output.
    alias: {
      '@shangan/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@shangan/contract': fileURLToPath(new URL('./packages/contract/src/index.ts', import.meta.url)),
      '@shangan/docx': fileURLToPath(new URL('./packages/docx/src/index.ts', import.meta.url)),
    },
  },
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 30_000,
    // Opening a database (PGlite, or a scratch PostgreSQL database) in beforeAll can take well over
    // the default 10 s on a busy 2-core machine; a hook that really hangs still fails.
    hookTimeout: 60_000,
    projects: [
      {
        // The packages' own tests share one module graph per worker (no re-import per file, and
        // PGlite's WebAssembly compiled once): about 3× faster here. Each file still opens its own
        // database and app, so files do not share rows.
        extends: true,
        test: { name: 'packages', include: ['packages/*/src/**/*.test.ts'], pool: 'threads', isolate: false },
      },
      {
        // The server's route suites a second time, through the standalone build's API worker in
        // Chromium (ADR 0030): local-app.ts's `call` is replaced by the worker transport, the
        // suites are the same files. Those that also reach into the database directly are not here.
        extends: true,
        resolve: {
          alias: [
            {
              find: /^.*\/test-support\/local-app\.js$/,
              replacement: fileURLToPath(new URL('./e2e/support/worker-local-app.ts', import.meta.url)),
            },
          ],
        },
        test: {
          name: 'worker-routes',
          include: [
            'packages/server/src/http/routes/agreement-routes.test.ts',
            'packages/server/src/http/routes/lpr-routes.test.ts',
            'packages/server/src/http/routes/message-routes.test.ts',
            'packages/server/src/http/routes/negotiation-routes.test.ts',
            'packages/server/src/http/routes/offer-progress-routes.test.ts',
            'packages/server/src/http/routes/reminder-routes.test.ts',
            'packages/server/src/http/routes/report-routes.test.ts',
          ],
        },
      },
      {
        // Whole-program tests: the built CLI and server as child processes, Chromium; isolated.
        extends: true,
        test: {
          name: 'programs',
          include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
          globalSetup: ['./e2e/support/data-template.ts'],
        },
      },
    ],
  },
});
