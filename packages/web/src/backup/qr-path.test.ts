import fc from 'fast-check';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';

/** The modules a path covers, read back from its rectangles. */
function covered(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx += 1) {
      const row = grid[Number(y)];
      if (row) row[Number(x) + dx] = true;
    }
  }
  return grid;
}

describe('the QR code’s path', () => {
  it('covers exactly the dark modules of a public key’s QR code', () => {
    const qr = encode('age1y55jcj7gwm5gtcfhtv55syn5uenwmuarl32yz9s630fpldmr448qx2fnq2', {
      ecc: 'M',
      border: 4,
    });
    expect(qr.size).toBe(qr.data.length);
    expect(covered(qrPath(qr.data), qr.size)).toEqual(qr.data);
  });

  it('property: any grid is drawn exactly, one rectangle per run of dark modules', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((size) =>
          fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), {
            minLength: size,
            maxLength: size,
          }),
        ),
        (grid) => {
          const path = qrPath(grid);
          expect(covered(path, grid.length)).toEqual(grid);
          const runs = grid.reduce(
            (sum, row) => sum + row.filter((dark, x) => dark && !row[x - 1]).length,
            0,
          );
          expect(path.split('z').length - 1).toBe(runs);
        },
      ),
    );
  });
});
