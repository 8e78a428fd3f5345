import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the sources, not the build output.
    alias: {
      '@shangan/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@shangan/docx': fileURLToPath(new URL('./packages/docx/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 30_000,
  },
});
