import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';

/** An entry of a handmade zip: its stored or deflated bytes, and the uncompressed size it declares. */
export interface HandmadeEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  declaredSize: number;
}

/**
 * A zip written byte by byte, so that tests can declare sizes a real writer never would (a bomb, a
 * lie). CRCs are left 0: the import never relies on them (evidence has SHA-256 in the manifest).
 */
export function handmadeZip(entries: readonly HandmadeEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new Uint8Array(30 + name.byteLength);
    const header = new DataView(local.buffer);
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(8, entry.method, true);
    header.setUint32(18, entry.data.byteLength, true);
    header.setUint32(22, entry.declaredSize, true);
    header.setUint16(26, name.byteLength, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.byteLength);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(10, entry.method, true);
    view.setUint32(20, entry.data.byteLength, true);
    view.setUint32(24, entry.declaredSize, true);
    view.setUint16(28, name.byteLength, true);
    view.setUint32(42, offset, true);
    record.set(name, 46);
    parts.push(local, entry.data);
    directory.push(record);
    offset += local.byteLength + entry.data.byteLength;
  }
  const directorySize = directory.reduce((sum, record) => sum + record.byteLength, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}

/** `megabytes` MiB of zeros deflated, written 1 MiB at a time so the zeros are never all in memory. */
export async function deflatedZeros(megabytes: number): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < megabytes; index += 1) {
    if (!deflater.write(zeros)) await once(deflater, 'drain');
  }
  deflater.end();
  await once(deflater, 'end');
  return new Uint8Array(Buffer.concat(chunks));
}
