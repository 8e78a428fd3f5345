/**
 * The exact bytes of a view as an ArrayBuffer. node-postgres returns bytea as a Node Buffer that may
 * be a slice of a larger shared pool, so `.buffer` alone would send the whole pool.
 */
export function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
