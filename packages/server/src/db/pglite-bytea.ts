import type { PGliteOptions } from '@electric-sql/pglite';

const BYTEA = 17;

/**
 * bytea to and from PGlite through Buffer's native hex codec. PGlite's own maps every byte through
 * a JavaScript string (Array.from(bytes).map(toString(16))): 20 MB of evidence took 10 s of the
 * event loop and gigabytes of garbage to write and 7 s to read; the native codec takes milliseconds.
 */
export const pgliteByteaCodec: Pick<PGliteOptions, 'serializers' | 'parsers'> = {
  serializers: {
    [BYTEA]: (value: Uint8Array) =>
      `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`,
  },
  parsers: {
    [BYTEA]: (text: string) => {
      const bytes = Buffer.from(text.slice(2), 'hex');
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  },
};
