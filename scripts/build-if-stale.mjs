// Builds the web app (vite build packages/web) and its standalone twin (vite.standalone.config.ts:
// packages/web/dist-standalone, the API in a worker; ADR 0030) only when their inputs changed since
// the last build: the slow step of `npm run build`, and so of `npm start` and `npm test`.
//   node scripts/build-if-stale.mjs           build what is stale, else say it is up to date
//   node scripts/build-if-stale.mjs --force   build both anyway
// "Changed" means content, not modification time: a SHA-256 over the path and bytes of every input
// file, kept in <dist>/.inputs-sha256 after a successful build. A checkout that touches files
// without changing them does not rebuild; editing a file and reverting it does not either.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Everything the bundle is made from: the app, the core and contract sources it bundles, the content and example
 * files it imports, its Vite config, and the lock file (which pins Preact, Vite and the rest).
 */
const INPUTS = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/web/package.json',
  'packages/core/src',
  'packages/contract/src',
  'content',
  'examples',
  'package-lock.json',
];

/** The standalone build bundles the server too: its sources, its migrations, the DOCX writer. */
const STANDALONE_INPUTS = [
  ...INPUTS,
  'packages/web/vite.standalone.config.ts',
  'packages/server/src',
  'packages/server/migrations',
  'packages/server/package.json',
  'packages/docx/src',
];

const TARGETS = [
  { dist: 'packages/web/dist', inputs: INPUTS, args: [] },
  {
    dist: 'packages/web/dist-standalone',
    inputs: STANDALONE_INPUTS,
    args: ['--config', 'packages/web/vite.standalone.config.ts'],
  },
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function inputsHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const vite = join(root, 'node_modules', '.bin', 'vite');
for (const target of TARGETS) {
  const dist = join(root, target.dist);
  const stampPath = join(dist, '.inputs-sha256');
  const current = inputsHash(target.inputs);
  const built =
    existsSync(join(dist, 'index.html')) && existsSync(stampPath) ? readFileSync(stampPath, 'utf8') : '';
  if (!process.argv.includes('--force') && built.trim() === current) {
    console.log(`web app up to date (${target.dist}): vite build skipped`);
    continue;
  }
  const result = spawnSync(vite, ['build', 'packages/web', ...target.args, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampPath, `${current}\n`);
}
