/**
 * The server under load, on loopback, with autocannon: requests per second and p99 latency for
 * GET /api/cases/:id/analysis (the heaviest read: parse, analyse every debt) and POST …/contacts
 * (a committed write), on embedded PGlite and — when BENCH_DATABASE_URL or TEST_DATABASE_URL is
 * set — on a PostgreSQL server. Target: analysis above 1,000 req/s with p99 under 50 ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './start-server.mjs';

const DURATION_S = 8;
const CONNECTIONS = 20;
const TARGET_RPS = 1000;
const TARGET_P99_MS = 50;
const root = new URL('..', import.meta.url);

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION_S, connections: CONNECTIONS, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function measure(label, env) {
  const { base, child } = await startServer(env);
  try {
    const text = readFileSync(new URL('examples/five-loans-80k.json', root), 'utf8');
    const imported = await fetch(`${base}/api/import?title=bench`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    const { id } = await imported.json();
    const analysis = await run({ url: `${base}/api/cases/${id}/analysis` });
    const contact = JSON.stringify({ at: '2026-11-19T21:30', channel: 'phone', direction: 'incoming' });
    const writes = await run({
      url: `${base}/api/cases/${id}/debts/bank-10k/contacts`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: contact,
    });
    const line = (name, result) =>
      `  ${name.padEnd(28)} ${Math.round(result.requests.average).toLocaleString('en').padStart(8)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors + result.non2xx}`;
    console.log(`${label}`);
    console.log(line('GET …/analysis', analysis));
    console.log(line('POST …/contacts', writes));
    const met = analysis.requests.average > TARGET_RPS && analysis.latency.p99 < TARGET_P99_MS;
    console.log(
      `  target (analysis > ${TARGET_RPS} req/s, p99 < ${TARGET_P99_MS} ms): ${met ? 'met' : 'NOT met'}`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

console.log(`\nServer on loopback: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each`);
const dataDir = mkdtempSync(join(tmpdir(), 'shangan-bench-'));
try {
  await measure('PGlite (embedded, default)', { DATA_DIR: dataDir, DATABASE_URL: '' });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (postgresUrl) await measure('PostgreSQL', { DATABASE_URL: postgresUrl });
else console.log('PostgreSQL: not measured (set BENCH_DATABASE_URL=postgres://… to include it)');
