import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** Called for every fsync PostgreSQL asks for: the file descriptor and the file's path in PGlite. */
export type FileSync = (fd: number, path: string) => void;

/** What the patch needs of Emscripten's NODEFS: its stream operations, shared by every open file. */
interface NodeFsModule {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd: number; path: string }) => number } };
}

/**
 * PGlite's NodeFS writes through to the files with fs.writeSync but never syncs: Emscripten's
 * NODEFS has no `fsync` stream operation (so PostgreSQL's fsync() returns without doing anything),
 * fdatasync() is a no-op, and PGlite starts PostgreSQL with `-F` (fsync = off). An acknowledged
 * commit is then in the operating system's page cache only, and a power cut can lose it.
 *
 * This file system adds the missing operation (fs.fsyncSync on the real descriptor) and the start
 * parameters turn fsync back on with wal_sync_method = fsync (the call that reaches the operation),
 * so PostgreSQL's own rule applies: a COMMIT returns only after its WAL record is on disk, and a
 * checkpoint syncs the data files before the WAL before it may be recycled. ADR 0025.
 */
export class DurableNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly sync: FileSync = (fd) => fsyncSync(fd),
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]): ReturnType<NodeFS['init']> {
    const result = await super.init(pg, opts);
    const sync = this.sync;
    result.emscriptenOpts.preRun = [
      ...(result.emscriptenOpts.preRun ?? []),
      (module: unknown) => {
        (module as NodeFsModule).NODEFS.stream_ops.fsync = (stream) => {
          sync(stream.nfd, stream.path);
          return 0;
        };
      },
    ];
    return result;
  }
}

/** PGlite's start parameters without `-F` (fsync off), with fsync through fsync(), not fdatasync(). */
export const DURABLE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
];
