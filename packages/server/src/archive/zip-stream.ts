import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { nextTurn } from '../runtime/next-turn.js';

/** One file of a zip being written, as pieces: stored as is (media are compressed already) or deflated. */
export interface ZipSource {
  name: string;
  pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
  deflate: boolean;
}

// Data is fed to the zip writer in slices of this size, and each slice waits for a turn of the event
// loop: a stream whose steps all resolve as promises (PGlite answers that way) would otherwise run
// as one chain of microtasks and starve every other request until the whole zip is written.
const SLICE_BYTES = 256 * 1024;

/**
 * A zip as a stream: files, and their pieces, are pulled from `sources` one at a time (so only one
 * piece is in memory), and
 * every entry carries `mtime`, so the same files always give the same bytes.
 */
export function zipStream(sources: AsyncIterable<ZipSource>, mtime: Date): ReadableStream<Uint8Array> {
  const chunks = zipChunks(sources, mtime);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* zipChunks(sources: AsyncIterable<ZipSource>, mtime: Date): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    yield* ready.splice(0);
  };
  for await (const source of sources) {
    const file = source.deflate ? new ZipDeflate(source.name, { level: 6 }) : new ZipPassThrough(source.name);
    file.mtime = mtime;
    zip.add(file);
    for await (const piece of source.pieces) {
      for (let offset = 0; offset < piece.byteLength; offset += SLICE_BYTES) {
        file.push(piece.subarray(offset, offset + SLICE_BYTES));
        yield* drain();
        await nextTurn();
      }
    }
    file.push(new Uint8Array(), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
