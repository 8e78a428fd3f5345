import { describe, expect, it } from 'vitest';
import { ExpectedError } from '../errors/expected-error.js';
import { handmadeZip } from '../test-support/handmade-zip.js';
import type { ArchiveLimits } from './archive-limits.js';
import { checkedDirectory } from './checked-directory.js';

const limits: ArchiveLimits = {
  maxArchiveBytes: 10_000,
  maxEvidenceBytes: 4_000,
  maxEntries: 4,
  maxCaseFileBytes: 3_000,
};
const entry = (name: string, declaredSize: number) => ({
  name,
  data: new Uint8Array(8),
  method: 8 as const,
  declaredSize,
});

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ExpectedError) return error.issues;
    throw error;
  }
  throw new Error('not refused');
}

describe('checkedDirectory', () => {
  it('keeps the JSON and evidence entries and ignores anything else, whatever it declares', () => {
    const zip = handmadeZip([
      entry('case.json', 100),
      entry('evidence/0001-a.png', 4_000),
      entry('__MACOSX/evidence/._a.png', 0xffff_ffff),
      entry('evidence/', 0),
    ]);
    expect([...checkedDirectory(zip, limits).keys()]).toEqual(['case.json', 'evidence/0001-a.png']);
  });

  it('refuses too many entries, an entry over its limit, a total over the limit and a repeated name', () => {
    const cases = [
      {
        zip: handmadeZip(['a', 'b', 'c', 'd', 'e'].map((name) => entry(name, 1))),
        issue: { path: '', code: 'too_many_entries', params: { limit: 4 } },
      },
      {
        zip: handmadeZip([entry('evidence/0001-a.png', 4_001)]),
        issue: { path: 'evidence/0001-a.png', code: 'entry_too_large', params: { limitBytes: 4_000 } },
      },
      {
        zip: handmadeZip([entry('manifest.json', 2 * 1024 * 1024 + 1)]),
        issue: { path: 'manifest.json', code: 'entry_too_large', params: { limitBytes: 2 * 1024 * 1024 } },
      },
      {
        zip: handmadeZip([1, 2, 3].map((n) => entry(`evidence/000${n}-a.png`, 4_000))),
        issue: { path: '', code: 'archive_too_large', params: { limitBytes: 10_000 } },
      },
      {
        zip: handmadeZip([entry('case.json', 10), entry('case.json', 10)]),
        issue: { path: 'case.json', code: 'invalid_zip', params: {} },
      },
      { zip: new Uint8Array(100), issue: { path: '', code: 'invalid_zip', params: {} } },
    ];
    for (const { zip, issue } of cases) expect(refusal(() => checkedDirectory(zip, limits))).toEqual([issue]);
  });
});
