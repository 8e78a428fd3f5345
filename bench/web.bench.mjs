/**
 * The web app in Debian's Chromium on the example case (examples/five-loans-80k.json), opened at
 * the overview, as a person's first visit:
 * (a) the JavaScript that visit loads (the shell and the lazily loaded overview chunk), each file
 *     gzipped at level 9 and summed. Target ≤ 200 KB gzip. Peer: react + react-dom production
 *     builds, the usual base of such an app, when installed.
 * (b) Lighthouse 12 with its default mobile emulation and simulated throttling. Targets:
 *     performance ≥ 90, accessibility ≥ 95. The report is kept in test-artifacts/.
 * A missed target is reported, not a failure: the run exits non-zero only when it cannot measure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import { transform } from 'esbuild';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const TARGET_JS_KB = 200;
const TARGET_PERFORMANCE = 90;
const TARGET_ACCESSIBILITY = 95;
const root = new URL('..', import.meta.url);
const require = createRequire(import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

/** Every script the first visit to `url` loads before the network is idle: URL → bytes. */
async function initialScripts(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...FLAGS] });
  try {
    const page = await browser.newPage({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const bodies = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        bodies.push(response.body().then((body) => [new URL(response.url()).pathname, body]));
      }
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const heading =
      (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '(no h1)';
    return { heading, scripts: await Promise.all(bodies) };
  } finally {
    await browser.close();
  }
}

/** react + react-dom production builds, if installed: their gzip size, or why it is not measured. */
async function peerLine() {
  const files = [];
  for (const [name, candidates] of [
    ['react', ['umd/react.production.min.js', 'cjs/react.production.min.js', 'cjs/react.production.js']],
    [
      'react-dom',
      [
        'umd/react-dom.production.min.js',
        'cjs/react-dom.production.min.js',
        'cjs/react-dom-client.production.js',
      ],
    ],
  ]) {
    let directory;
    try {
      directory = join(require.resolve(`${name}/package.json`), '..');
    } catch {
      return 'react + react-dom (production builds): not installed in node_modules, not measured';
    }
    const file = candidates.map((candidate) => join(directory, candidate)).find((path) => existsSync(path));
    if (file === undefined) return `${name}: no production build found in node_modules, not measured`;
    const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
    // React 19 ships its production files unminified; minify them as a bundler would, so the
    // comparison with our (minified) bundle is fair.
    const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'cjs' });
    files.push({ label: `${name} ${version}`, bytes: Buffer.from(code) });
  }
  const total = files.reduce((sum, file) => sum + gzipSize(file.bytes), 0);
  return `${files.map((file) => file.label).join(' + ')} (production builds alone, minified): ${kb(total)} gzip`;
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (result === undefined) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    const artifacts = fileURLToPath(new URL('test-artifacts/', root));
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'lighthouse-overview.json'), result.report);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

if (!existsSync(CHROMIUM))
  throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
const dataDir = mkdtempSync(join(tmpdir(), 'shangan-bench-web-'));
const { base, child } = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', AUTH: 'local' });
try {
  const imported = await fetch(`${base}/api/import?title=bench`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: readFileSync(new URL('examples/five-loans-80k.json', root), 'utf8'),
  });
  if (imported.status !== 201) throw new Error(`importing the example failed: HTTP ${imported.status}`);
  // One case and an empty profile: the app makes that case current, as on a first visit.
  const url = `${base}/#/overview`;

  console.log('\nWeb app in Chromium: first visit to #/overview with examples/five-loans-80k.json');
  const { heading, scripts } = await initialScripts(url);
  let total = 0;
  for (const [path, body] of scripts) {
    const size = gzipSize(body);
    total += size;
    console.log(`  ${path.padEnd(44)} ${kb(body.byteLength).padStart(10)} ${kb(size).padStart(10)} gzip`);
  }
  console.log(
    `  initial JavaScript: ${scripts.length} files, ${kb(total)} gzip (screen shown: "${heading}")`,
  );
  if (!scripts.some(([path]) => /overview/.test(path))) {
    console.log('  note: no overview chunk was loaded; the figure covers the shell only.');
  }
  console.log(`  target ≤ ${TARGET_JS_KB} KB gzip: ${total <= TARGET_JS_KB * 1024 ? 'met' : 'NOT met'}`);
  console.log(`  peer: ${await peerLine()}`);

  console.log('Lighthouse 12, mobile emulation, simulated throttling');
  const lhr = await runLighthouse(url);
  const performance = Math.round((lhr.categories.performance.score ?? 0) * 100);
  const accessibility = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
  const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
  console.log(`  performance ${performance}, accessibility ${accessibility}`);
  console.log(
    `  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
  );
  const met = performance >= TARGET_PERFORMANCE && accessibility >= TARGET_ACCESSIBILITY;
  console.log(
    `  target performance ≥ ${TARGET_PERFORMANCE}, accessibility ≥ ${TARGET_ACCESSIBILITY}: ${met ? 'met' : 'NOT met'} (report: test-artifacts/lighthouse-overview.json)`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
