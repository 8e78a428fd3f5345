import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDALONE_DIST } from '../e2e/support/api-harness.js';
import {
  ENGINE_FILE,
  entryScriptsOf,
  firstPaintScripts,
  staticImportsOf,
} from '../e2e/support/first-paint-scripts.js';

// Issue 14, acceptance 4: the standalone page paints before the engine (the API worker, PGlite's
// ~18 MB) has loaded. A structural fact of the build, checked here; its size and timing are
// bench/standalone.bench.ts's.

describe('the scripts a built page loads before first paint', () => {
  it('follows static imports and re-exports, not import(), new URL() or the words in a string', () => {
    const chunk = [
      'import{a as b}from"./a-1.js";import"./b-2.js";export*from"../c-3.js";',
      'export{d}from"./d-4.js";',
      'const s=\'import x from "./no-1.js"\';',
      'const l=()=>import("./no-2.js");',
      'new Worker(new URL("./no-3.js",import.meta.url),{type:"module"});',
    ].join('\n');
    expect(staticImportsOf(chunk)).toEqual(['./a-1.js', './b-2.js', '../c-3.js', './d-4.js']);
  });

  it("starts from the page's scripts and module preloads, not its stylesheets", () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-1.js"></script>' +
      '<link rel=\'modulepreload\' href=./assets/shared-2.js><link rel="stylesheet" href="./assets/index-3.css">';
    expect(entryScriptsOf(html)).toEqual(['./assets/index-1.js', './assets/shared-2.js']);
  });

  it('walks the static graph once per chunk, through shared chunks, and stops at a dynamic import', () => {
    const dist = mkdtempSync(join(tmpdir(), 'shangan-first-paint-'));
    try {
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/index.js"></script>');
      const chunks: Record<string, string> = {
        'index.js': 'import"./a.js";import{b}from"./b.js";const l=()=>import("./lazy.js");',
        'a.js': 'import{b}from"./b.js";export const a=1;',
        'b.js': 'import"./a.js";export const b=2;',
        'lazy.js': 'import"./never.js";',
      };
      for (const [name, source] of Object.entries(chunks)) writeFileSync(join(dist, 'assets', name), source);
      expect(firstPaintScripts(dist)).toEqual(['assets/index.js', 'assets/a.js', 'assets/b.js']);
      writeFileSync(join(dist, 'assets', 'a.js'), 'import"preact";');
      expect(() => firstPaintScripts(dist)).toThrow(/assets\/a\.js loads "preact"/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the standalone build (packages/web/dist-standalone)', () => {
  const assets = join(STANDALONE_DIST, 'assets');

  it('loads neither the API worker nor PGlite before first paint', () => {
    if (!existsSync(join(STANDALONE_DIST, 'index.html')))
      throw new Error(`${STANDALONE_DIST}index.html is missing: run \`npm run build\` first.`);
    const engine = readdirSync(assets).filter((name) => ENGINE_FILE.test(name));
    const worker = engine.find((name) => name.startsWith('api-worker-'));
    // PGlite's loader names its .wasm and .data files: a chunk that names one carries PGlite.
    const pgliteFiles = engine.filter((name) => !name.endsWith('.js'));
    expect(worker, 'the build has an API worker').toBeDefined();
    expect(pgliteFiles.length, "the build has PGlite's files").toBeGreaterThan(0);
    const names = (path: string) => pgliteFiles.filter((file) => readFileSync(path, 'utf8').includes(file));
    // The check below would see PGlite where it is.
    expect(names(join(assets, worker ?? ''))).not.toEqual([]);

    const scripts = firstPaintScripts(STANDALONE_DIST);
    expect(scripts.length).toBeGreaterThan(0);
    const carrying = scripts.filter(
      (path) => ENGINE_FILE.test(basename(path)) || names(join(STANDALONE_DIST, path)).length > 0,
    );
    expect(carrying).toEqual([]);
  });
});
