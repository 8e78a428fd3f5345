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
    ['export const home = process.env.HOME;\n', 'the process global (docx brings Node types into scope)'],
    ['export const bytes = Buffer.from("x");\n', 'the Buffer global'],
  ])('refuses %#: %s', (source) => {
    const result = lint('packages/core/src/example.ts', source);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/noNodejsModules|noRestrictedImports|noRestrictedGlobals/);
  });

  it('allows the same imports in the CLI', () => {
    const source = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
    const result = lint('packages/cli/src/example.ts', source);
    expect(result.output).not.toMatch(/noNodejsModules|noRestrictedImports/);
    expect(result.code).toBe(0);
  });
});
