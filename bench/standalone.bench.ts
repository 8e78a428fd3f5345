/**
 * The standalone build's engine (ADR 0030) in Debian's Chromium, from a plain static server, on a
 * profile on disk (so OPFS is files, as on a person's phone):
 * (a) cold start: the API worker on empty storage until it answers ready (initdb, every migration);
 * (b) warm start: the same on the stored database, three times (median);
 * (c) write acknowledgement: a contact logged (POST …/contacts: one transaction, sealed, flushed
 *     before the answer), p50 and p95 of 60, beside GET /api/health (the DevTools round trip each
 *     figure includes) so the difference is the write's own cost.
 * Also the transfer size of what the engine needs (the worker script, PGlite's .wasm and .data),
 * gzipped. Run with `node --import tsx bench/standalone.bench.ts` after `npm run build`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { HARNESS_PAGES, openApiHarness, STANDALONE_DIST } from '../e2e/support/api-harness.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/browser.js';
import { serveStatic } from '../e2e/support/static-server.js';

const WRITES = 60;
const WARM_STARTS = 3;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function engineBytes(): { raw: number; gzip: number } {
  const assets = join(STANDALONE_DIST, 'assets');
  const files = readdirSync(assets).filter((name) =>
    /^(api-worker-.*\.js|pglite-.*\.(wasm|data)|initdb-.*\.wasm)$/.test(name),
  );
  let raw = 0;
  let gzip = 0;
  for (const name of files) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { raw, gzip };
}

async function timed(run: () => Promise<Response>, expected: number): Promise<number> {
  const started = performance.now();
  const response = await run();
  const elapsed = performance.now() - started;
  if (response.status !== expected)
    throw new Error(`expected ${expected}, got ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
  return elapsed;
}

const profile = mkdtempSync(join(tmpdir(), 'shangan-bench-standalone-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
// tsx compiles with esbuild's keepNames, which wraps the functions the harness hands to
// page.evaluate in calls of a helper `__name` that the page does not have.
await context.addInitScript('globalThis.__name = (fn) => fn');
const server = await serveStatic(STANDALONE_DIST, HARNESS_PAGES);
try {
  const harness = await openApiHarness(await context.newPage(), server.base);
  const cold = await harness.start();
  await harness.stop();
  const warm: number[] = [];
  for (let run = 0; run < WARM_STARTS; run++) {
    warm.push(await harness.start());
    await harness.stop();
  }
  await harness.start();
  const created = await harness.call('POST', '/api/cases', {
    title: 'bench',
    caseFile: {
      version: 1,
      asOf: '2026-11-20',
      debts: [
        { id: 'a', lender: '贷款a', lenderType: 'microloan', contractDate: '2025-01-10', principal: '10000' },
      ],
    },
  });
  const { id } = (await created.json()) as { id: string };
  const reads: number[] = [];
  const writes: number[] = [];
  for (let index = 0; index < WRITES; index++) {
    reads.push(await timed(() => harness.call('GET', '/api/health'), 200));
    const contact = {
      at: '2026-11-05T23:10',
      channel: 'phone',
      direction: 'incoming',
      theySaid: `第${index}次来电`,
    };
    writes.push(await timed(() => harness.call('POST', `/api/cases/${id}/debts/a/contacts`, contact), 201));
  }
  reads.sort((a, b) => a - b);
  writes.sort((a, b) => a - b);
  warm.sort((a, b) => a - b);
  const bytes = engineBytes();
  console.log(`\nThe standalone engine in Chromium (standalone.bench.ts), storage ${harness.storage()}`);
  console.log(
    `engine files   ${(bytes.raw / 1e6).toFixed(1)} MB, ${(bytes.gzip / 1e6).toFixed(1)} MB gzipped`,
  );
  console.log(`cold start     ${ms(cold)}`);
  console.log(
    `warm start     median ${ms(percentile(warm, 50))} of ${WARM_STARTS} (${warm.map(ms).join(', ')})`,
  );
  console.log(
    `health read    p50 ${percentile(reads, 50).toFixed(1)} ms  p95 ${percentile(reads, 95).toFixed(1)} ms`,
  );
  console.log(
    `contact write  p50 ${percentile(writes, 50).toFixed(1)} ms  p95 ${percentile(writes, 95).toFixed(1)} ms`,
  );
  await harness.stop();
} finally {
  await context.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}
