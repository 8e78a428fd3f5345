import type { PGliteOptions } from '@electric-sql/pglite';
import { fromHex, toHex } from '../runtime/bytes.js';

const BYTEA = 17;

/**
 * bytea to and from PGlite without Node's Buffer (a browser's worker): the same hex form as
 * pglite-bytea.ts, through the table codec of runtime/bytes.ts rather than PGlite's own, which
 * makes a string per byte (seconds for a 20 MB recording).
 */
export const portableByteaCodec: Pick<PGliteOptions, 'serializers' | 'parsers'> = {
  serializers: { [BYTEA]: (value: Uint8Array) => `\\x${toHex(value)}` },
  parsers: { [BYTEA]: (text: string) => fromHex(text.slice(2)) },
};
