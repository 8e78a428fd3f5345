import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the browser bundle may depend on: the core and the API contract by their package names,
// the server's AppType (a type, erased at build time), hono/client, Preact; the standalone build's
// API worker alone runs the server's runtime-neutral entry. No Node built-ins, no other server or CLI code, no DOCX writer. And the built page
// runs no inline code and names no other site, so the CSP (default-src 'self') holds.

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = join(ROOT, 'packages');
const WEB = join(PACKAGES, 'web');
const SOURCES = join(WEB, 'src');
const DIST = join(WEB, 'dist');
const API_WORKER = join(SOURCES, 'standalone', 'api-worker.ts');

interface ImportSite {
  specifier: string;
  typeOnly: boolean;
  dynamic: boolean;
}

/** Static imports and re-exports (`import type` / `export type` noted), side-effect and dynamic imports. */
function importsOf(source: string): ImportSite[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const sites: ImportSite[] = [];
  for (const match of code.matchAll(/\b(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) {
    sites.push({ specifier: match[2] ?? '', typeOnly: match[1] !== undefined, dynamic: false });
  }
  for (const match of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) {
    sites.push({ specifier: match[1] ?? '', typeOnly: false, dynamic: false });
  }
  for (const match of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    sites.push({ specifier: match[1] ?? '', typeOnly: false, dynamic: true });
  }
  return sites;
}

const NODE_BUILTINS = new Set(builtinModules);

/** What is wrong with one import of a web source file at `file` (absolute path), if anything. */
function importProblem(file: string, site: ImportSite): string | undefined {
  const { specifier } = site;
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? ''))
    return 'a Node built-in does not exist in the browser';
  if (specifier === '@shangan/server')
    return site.typeOnly ? undefined : 'server code: only `import type` from @shangan/server';
  if (specifier === '@shangan/core' || specifier === '@shangan/contract') return undefined;
  // The standalone build's API worker is the server itself, run in the browser (ADR 0030): it alone
  // imports the server's runtime-neutral entry, and only dist-standalone bundles it.
  if (specifier === '@shangan/server/embedded')
    return file === API_WORKER
      ? undefined
      : 'the server runs in the browser only in standalone/api-worker.ts';
  if (specifier.startsWith('@shangan/'))
    return 'only @shangan/core and @shangan/contract (and server types) by package name';
  if (/render-docx|(^|\/)docx(\/|$)/.test(specifier)) return 'the DOCX writer stays on the server';
  if (specifier.startsWith('@shangan/')) return 'only @shangan/core (and server types) by package name';
  if (specifier.includes('packages/')) return 'another package by path: use its package name';
  // Shared data (content/, examples/) may be bundled; another package's code only by its name.
  if (specifier.startsWith('.')) {
    const target = relative(PACKAGES, resolve(dirname(file), specifier));
    const insidePackages = !target.startsWith('..');
    if (insidePackages && !target.startsWith(`web${sep}src${sep}`))
      return 'reaches into another package (use @shangan/core, @shangan/contract or `import type` from @shangan/server)';
  }
  return undefined;
}

/** The app's source files (what Vite may bundle). */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Unit tests beside the code run in Node under vitest and are never bundled for the browser.
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the import rules of packages/web/src', () => {
  const sample = join(SOURCES, 'screens', 'plan', 'plan-screen.tsx');
  it.each([
    ["import type { AppType } from '@shangan/server';", undefined],
    ["import { type CaseSummary, createCaseBody } from '@shangan/contract';", undefined],
    ["import { showYuan } from '../../ui/format';", undefined],
    ["import { yuan, type Lang } from '@shangan/core';", undefined],
    ["import { type AppType } from '@shangan/server';", /only `import type`/],
    ["import { createApp } from '@shangan/server';", /only `import type`/],
    ["const server = await import('@shangan/server');", /only `import type`/],
    ["import { readFileSync } from 'node:fs';", /Node built-in/],
    ["import path from 'path';", /Node built-in/],
    ["import { main } from '@shangan/cli';", /only @shangan\/core and @shangan\/contract/],
    ["import { yuan } from '@shangan/core/money/money';", /only @shangan\/core and @shangan\/contract/],
    ["import { renderDocx } from '@shangan/docx';", /DOCX|only @shangan/],
    ["import { renderDocx } from '../../../../docx/src/render-docx';", /DOCX/],
    ["import { Document } from 'docx';", /DOCX/],
    ["import questions from '../../../../../content/interview/debt-questions.json';", undefined],
    ["import { createApp } from '../../../../server/src/http/app';", /another package/],
    ["import '../../../vite.config';", /another package/],
    ["import { x } from '../../../../../packages/core/src/index';", /another package by path/],
    ["import { startEmbeddedApi } from '@shangan/server/embedded';", /only in standalone\/api-worker/],
  ])('%s', (source, expected) => {
    const problems = importsOf(source).map((site) => importProblem(sample, site));
    expect(problems).toHaveLength(1);
    if (expected === undefined) expect(problems[0]).toBeUndefined();
    else expect(problems[0]).toMatch(expected);
  });

  it('reads multi-line imports, re-exports and side-effect imports', () => {
    const source = `import {\n  a,\n  b,\n} from './one';\nexport * from './two';\nimport './three.css';\n// import x from 'node:fs';\n`;
    expect(importsOf(source).map((site) => site.specifier)).toEqual(['./one', './two', './three.css']);
  });

  it('holds for every source file', () => {
    const files = sourceFiles(SOURCES);
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((site) => {
        const problem = importProblem(file, site);
        return problem === undefined ? [] : [`${relative(ROOT, file)}: '${site.specifier}': ${problem}`];
      }),
    );
    expect(problems).toEqual([]);
  });
});

/** Every value of a `src`/`href` attribute that would make the browser fetch from another site. */
function foreignReferences(html: string): string[] {
  const values = [...html.matchAll(/\s(?:src|href|action|poster|srcset)\s*=\s*["']?([^"'\s>]+)/gi)].map(
    (match) => match[1] ?? '',
  );
  const external = values.filter(
    (value) => value.startsWith('//') || (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('data:')),
  );
  return [...external, ...(html.match(/https?:\/\/[^\s"'<>)]+/g) ?? [])];
}

describe('the built page (packages/web/dist)', () => {
  const indexFile = join(DIST, 'index.html');
  const built = () => {
    if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run \`npm run build\` first.`);
    return readFileSync(indexFile, 'utf8');
  };

  it('runs no inline script and no inline style, only files of its own', () => {
    const html = built();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, attributes = '', body = ''] of scripts) {
      expect(attributes, tag).toMatch(/\ssrc\s*=\s*["']\/assets\//);
      expect(body.trim(), tag).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
  });

  it('names no other site, in the page or in its stylesheets', () => {
    const html = built();
    expect(foreignReferences(html)).toEqual([]);
    const sheets = [...html.matchAll(/href\s*=\s*["'](\/assets\/[^"']+\.css)["']/g)].map(
      (match) => match[1] ?? '',
    );
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const css = readFileSync(join(DIST, sheet), 'utf8');
      const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1] ?? '');
      expect(
        urls.filter(
          (url) => url.startsWith('//') || (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('data:')),
        ),
        sheet,
      ).toEqual([]);
      expect(css, sheet).not.toMatch(/@import/);
    }
  });

  it('the checks catch what they are for', () => {
    expect(
      foreignReferences(
        '<script src="https://cdn.example/x.js"></script><link href="//fonts.example/a.css">',
      ),
    ).toEqual(['https://cdn.example/x.js', '//fonts.example/a.css', 'https://cdn.example/x.js']);
    expect(foreignReferences('<link rel="icon" href="data:,"><script src="/assets/i.js"></script>')).toEqual(
      [],
    );
  });
});
