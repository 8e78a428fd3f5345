import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** One file of a zip being written: stored as is (media are compressed already) or deflated. */
export interface ZipSource {
  name: string;
  data: Uint8Array;
  deflate: boolean;
}

// Data is fed to the zip writer in slices of this size, so each step of the stream is short and the
// event loop serves other requests between them.
const SLICE_BYTES = 256 * 1024;

/**
 * A zip as a stream: files are pulled from `sources` one at a time (so only one is in memory), and
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
    let offset = 0;
    do {
      const slice = source.data.subarray(offset, offset + SLICE_BYTES);
      offset += SLICE_BYTES;
      file.push(slice, offset >= source.data.byteLength);
      yield* drain();
    } while (offset < source.data.byteLength);
  }
  zip.end();
  yield* drain();
}
