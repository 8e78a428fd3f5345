/**
 * What durable commits cost on PGlite (ADR 0025): the same committed writes on a data directory
 * opened as PGlite ships (fsync = off, NODEFS without fsync: acknowledged commits may be in the
 * page cache only) and as the server opens it (DurableNodeFS: PostgreSQL fsyncs the WAL before
 * COMMIT returns). Small writes (a contact row) and 256 KB ones (an evidence file), one commit
 * each, in one run on the same disk, so the figures compare.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DURABLE_START_PARAMS, DurableNodeFS } from '../packages/server/dist/db/durable-node-fs.js';

const SMALL_WRITES = 300;
const LARGE_WRITES = 40;
const LARGE_BYTES = 256 * 1024;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function commits(client, count, value) {
  const times = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await client.query('INSERT INTO bench (body) VALUES ($1)', [value]);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((sum, time) => sum + time, 0);
  return { perSecond: (count / total) * 1000, p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function measure(label, open) {
  const dir = mkdtempSync(join(tmpdir(), 'shangan-bench-storage-'));
  try {
    const client = open(dir);
    await client.waitReady;
    await client.exec('CREATE TABLE bench (id serial PRIMARY KEY, body bytea NOT NULL)');
    const small = await commits(client, SMALL_WRITES, Buffer.alloc(300, 1));
    const large = await commits(client, LARGE_WRITES, Buffer.alloc(LARGE_BYTES, 2));
    await client.close();
    return { label, small, large };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const plain = await measure('PGlite as shipped (no fsync)', (dir) => new PGlite(dir));
const durable = await measure(
  'DurableNodeFS (fsync on commit)',
  (dir) => new PGlite({ fs: new DurableNodeFS(dir), startParams: [...DURABLE_START_PARAMS] }),
);

const SIZES = { small: '300 B', large: '256 KB' };
const row = (result, kind) => {
  const { perSecond, p50, p99 } = result[kind];
  return `${result.label.padEnd(32)} ${SIZES[kind].padEnd(7)} ${perSecond.toFixed(0).padStart(6)} commits/s  p50 ${p50.toFixed(2).padStart(7)} ms  p99 ${p99.toFixed(2).padStart(7)} ms`;
};
console.log('\nPGlite commits, one per write (storage.bench.mjs)');
for (const kind of ['small', 'large']) {
  console.log(row(plain, kind));
  console.log(row(durable, kind));
  const slower = plain[kind].perSecond / durable[kind].perSecond;
  console.log(`  → fsync on commit: ${slower.toFixed(1)}× fewer ${SIZES[kind]} commits per second`);
}
