/**
 * GET /api/health under load (autocannon, loopback, 10 connections, 10 s) while large archives are
 * posted to POST /api/import one after another, against the same load with nothing else running
 * (the baseline) and while the same archive is being exported. The archive is a case with 8 × 20 MB
 * of evidence (random bytes, so nothing compresses), made through the API and exported by the
 * server itself. Target: health p99 under 100 ms during the import (issue 11, ADR 0021).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './start-server.mjs';

const DURATION_S = 10;
const CONNECTIONS = 10;
const EVIDENCE_FILES = 8;
const EVIDENCE_MB = 20;
const TARGET_P99_MS = 100;
const root = new URL('..', import.meta.url);

function health(base) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `${base}/api/health`, duration: DURATION_S, connections: CONNECTIONS },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function ok(response, what) {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/** A case with the evidence, exported: the archive's bytes. */
async function makeArchive(base) {
  const imported = await fetch(`${base}/api/import?title=bench`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: readFileSync(new URL('examples/five-loans-80k.json', root), 'utf8'),
  });
  const { id } = await (await ok(imported, 'import the example')).json();
  for (let n = 1; n <= EVIDENCE_FILES; n += 1) {
    const upload = await fetch(`${base}/api/cases/${id}/evidence?fileName=recording-${n}.m4a`, {
      method: 'POST',
      headers: { 'content-type': 'audio/mp4' },
      body: randomBytes(EVIDENCE_MB * 1024 * 1024),
    });
    await ok(upload, 'upload evidence');
  }
  const exported = await ok(await fetch(`${base}/api/cases/${id}/export?reveal=true`), 'export');
  return { id, zip: new Uint8Array(await exported.arrayBuffer()) };
}

/** Runs `task` over and over while `measuring` is pending; resolves to the seconds each run took. */
async function repeatWhile(measuring, task) {
  let done = false;
  measuring.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  const seconds = [];
  while (!done) {
    const start = performance.now();
    await task();
    seconds.push((performance.now() - start) / 1000);
  }
  return seconds;
}

const line = (name, result, peer) =>
  `  ${name.padEnd(34)} p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${Math.round(result.requests.average).toLocaleString('en').padStart(7)} req/s   errors ${result.errors + result.non2xx}${peer ? `   (p99 ${(result.latency.p99 - peer.latency.p99).toFixed(0)} ms vs baseline)` : ''}`;

async function measure(label, env) {
  const { base, child } = await startServer(env);
  try {
    const { id, zip } = await makeArchive(base);
    console.log(
      `${label}: archive ${(zip.byteLength / (1024 * 1024)).toFixed(0)} MB (${EVIDENCE_FILES} × ${EVIDENCE_MB} MB evidence)`,
    );
    const baseline = await health(base);
    console.log(line('baseline (nothing else running)', baseline));

    const duringExport = health(base);
    const exports = await repeatWhile(duringExport, async () => {
      const response = await ok(await fetch(`${base}/api/cases/${id}/export?reveal=true`), 'export');
      await response.arrayBuffer();
    });
    console.log(line(`during exports (${exports.length} done)`, await duringExport, baseline));

    const duringImport = health(base);
    const imports = await repeatWhile(duringImport, async () => {
      const response = await fetch(`${base}/api/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/zip' },
        body: zip,
      });
      const { id: copy } = await (await ok(response, 'import the archive')).json();
      // Each copy is deleted again, so the database stays the same size from one import to the next.
      await ok(await fetch(`${base}/api/cases/${copy}`, { method: 'DELETE' }), 'delete the copy');
    });
    const importResult = await duringImport;
    console.log(line(`during imports (${imports.length} done)`, importResult, baseline));
    console.log(`  one import + delete: ${Math.max(...imports).toFixed(1)} s at the slowest`);
    console.log(
      `  target p99 < ${TARGET_P99_MS} ms during the import: ${importResult.latency.p99 < TARGET_P99_MS ? 'met' : 'NOT met'}`,
    );
    await ok(await fetch(`${base}/api/cases/${id}`, { method: 'DELETE' }), 'delete the source case');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

console.log(
  `\nGET /api/health on loopback during archive import and export: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each`,
);
const dataDir = mkdtempSync(join(tmpdir(), 'shangan-bench-archive-'));
try {
  await measure('PGlite (embedded, default)', { DATA_DIR: dataDir, DATABASE_URL: '' });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (postgresUrl) await measure('PostgreSQL', { DATABASE_URL: postgresUrl });
else console.log('PostgreSQL: not measured (set BENCH_DATABASE_URL=postgres://… to include it)');
