import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

/**
 * Lints `source` as if it were the file at `path`, with the project's Biome configuration, in a
 * scratch copy of the layout (Biome's stdin mode does not report rule diagnostics).
 */
function lint(path: string, source: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'shangan-lint-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  delete config.vcs;
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), source);
  const result = spawnSync(biome, ['lint', path], { cwd: scratch, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('packages/core stays pure (enforced by lint)', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'a Node built-in'],
    ["import fs from 'node:fs';\nexport const x = fs;\n", 'a Node built-in, default import'],
    ["import { main } from '@shangan/cli';\nexport const x = main;\n", 'another project package'],
    [
      "import { main } from '../../../cli/src/main.js';\nexport const x = main;\n",
      'another package by relative path',
    ],
    ["import { Document } from 'docx';\nexport const x = Document;\n", 'a package other than zod'],
    [
      "import { unzipSync } from 'fflate/browser';\nexport const x = unzipSync;\n",
      'a subpath of another package',
    ],
    ["import { a } from '@scope/pkg';\nexport const x = a;\n", 'a scoped package'],
    ['export const home = process.env.HOME;\n', 'the process global (Node types may be in scope in tests)'],
    ['export const bytes = Buffer.from("x");\n', 'the Buffer global'],
  ])('refuses %#: %s', (source) => {
    const result = lint('packages/core/src/example.ts', source);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/noNodejsModules|noRestrictedImports|noRestrictedGlobals/);
  });

  it('allows zod and relative imports inside the core', () => {
    const source =
      "import { z } from 'zod';\nimport { object } from 'zod/mini';\nimport { y } from './y.js';\nimport { w } from '../w.js';\nexport const x = [z, object, y, w];\n";
    const result = lint('packages/core/src/money/example.ts', source);
    expect(result.output).not.toMatch(/noNodejsModules|noRestrictedImports/);
    expect(result.code).toBe(0);
  });

  it('depends on zod only (package.json)', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', 'core', 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['zod']);
    for (const field of ['devDependencies', 'peerDependencies', 'optionalDependencies'])
      expect(manifest[field], field).toBeUndefined();
  });

  it('allows the same imports in the CLI', () => {
    const source = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
    const result = lint('packages/cli/src/example.ts', source);
    expect(result.output).not.toMatch(/noNodejsModules|noRestrictedImports/);
    expect(result.code).toBe(0);
  });
});
