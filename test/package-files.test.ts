import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

interface Manifest {
  name: string;
  files?: string[];
  bin?: Record<string, string>;
  exports?: Record<string, { types: string; default: string }>;
}

const packs = new Map<string, string[]>();

/** The paths `npm pack` would put in the package's tarball (needs the build, which npm test runs first). */
function packedFiles(name: string): string[] {
  const known = packs.get(name);
  if (known) return known;
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', name], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const [pack] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
  const files = (pack?.files ?? []).map((file) => file.path);
  packs.set(name, files);
  return files;
}

const packages = ['core', 'docx', 'cli', 'server'].map((folder) => {
  const manifest = JSON.parse(
    readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'),
  ) as Manifest;
  return { folder, manifest };
});

describe('the `files` of each package hold what it needs at run time', () => {
  it.each(packages)('$folder: its exports and bin are packed', ({ manifest }) => {
    const packed = new Set(packedFiles(manifest.name));
    const entries = [
      ...Object.values(manifest.exports ?? {}).flatMap((entry) => [entry.types, entry.default]),
      ...Object.values(manifest.bin ?? {}),
    ].map((path) => path.replace(/^\.\//, ''));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(packed, entry).toContain(entry);
  });

  it('server: every SQL migration is packed beside dist/ (db/migrate.ts reads ../../migrations/)', () => {
    const packed = new Set(packedFiles('@shangan/server'));
    const migrations = readdirSync(join(root, 'packages', 'server', 'migrations')).filter((file) =>
      file.endsWith('.sql'),
    );
    expect(migrations.length).toBeGreaterThan(0);
    for (const file of migrations) expect(packed, file).toContain(`migrations/${file}`);
    expect(packed).toContain('dist/db/migrate.js');
    expect(packed).toContain('dist/main.js');
  });
});
