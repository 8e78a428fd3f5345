import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toBase64Url, toHex } from './bytes.js';

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('bytes', () => {
  it('encodes as Buffer does, and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        expect(toHex(bytes)).toBe(buffer(bytes).toString('hex'));
        expect(toBase64(bytes)).toBe(buffer(bytes).toString('base64'));
        expect(toBase64Url(bytes)).toBe(buffer(bytes).toString('base64url'));
        expect(fromHex(toHex(bytes))).toEqual(bytes);
        expect(fromHex(toHex(bytes).toUpperCase())).toEqual(bytes);
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses hex that is not hex', () => {
    expect(() => fromHex('abc')).toThrow('odd number');
    expect(() => fromHex('0g')).toThrow('not a hex digit at 0');
    expect(() => fromHex('00é0')).toThrow('not a hex digit at 2');
  });
});
