import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The installed command, as a user runs it: `npx shangan …` (needs `npm run build`, which npm test does first).
function shangan(args: string[], input = '') {
  const env = { ...process.env, SHANGAN_HOME: mkdtempSync(join(tmpdir(), 'shangan-bin-')) };
  return spawnSync('npx', ['--no-install', 'shangan', ...args], { input, encoding: 'utf8', env });
}

describe('npx shangan', () => {
  it('runs the built CLI and prints JSON', () => {
    const cashflows = [12_000, ...Array<number>(12).fill(-1072)];
    const result = shangan(['rate'], JSON.stringify({ cashflows, periodsPerYear: 12 }));
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.aprSimple.toFixed(4)).toBe('0.1303');
    expect(output.aprCompound.toFixed(4)).toBe('0.1384');
  });

  it('exits 2 with a field path and no stack trace on bad input', () => {
    const result = shangan(
      ['schedule'],
      '{"method":"equal_installment","principal":"x","periods":12,"annualRate":"0.1"}',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('principal:');
    expect(result.stderr).not.toContain('    at ');
  });
});
