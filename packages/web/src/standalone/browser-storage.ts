import type { StorageKind } from './wire';

/** The database's name: an OPFS directory, or (IndexedDB) PGlite's `/pglite/<name>` database. */
export const DATABASE_NAME = 'shangan';
/** The IndexedDB database PGlite's IDBFS keeps `idb://shangan` in (its mount point). */
const IDB_NAME = `/pglite/${DATABASE_NAME}`;
/**
 * An empty OPFS file saying the database is in IndexedDB though this browser has OPFS (its first
 * open on OPFS failed): without it, a browser that cannot list its IndexedDB databases would start
 * an empty database on OPFS and lose sight of the stored one.
 */
const IDB_MARKER = `${DATABASE_NAME}.in-indexeddb`;

/**
 * Where this browser keeps the database. Data already stored decides (a profile that started on
 * IndexedDB stays there); a new one goes to OPFS where the worker has synchronous access handles
 * (each flush is on disk: ADR 0030), else to IndexedDB.
 */
export async function chooseStorage(): Promise<StorageKind> {
  const root = await opfsRoot();
  if (root !== undefined && (await hasDirectory(root, DATABASE_NAME))) return 'opfs-ahp';
  if (root !== undefined && (await hasFile(root, IDB_MARKER))) return 'idb';
  if (await idbExists(IDB_NAME)) return 'idb';
  return root !== undefined && 'FileSystemSyncAccessHandle' in globalThis ? 'opfs-ahp' : 'idb';
}

/** The data directory URL PGlite opens. */
export function dataDirOf(kind: StorageKind): string {
  return `${kind}://${DATABASE_NAME}`;
}

/** After OPFS failed to open: the database goes to IndexedDB, and stays there (IDB_MARKER). */
export async function markIndexedDb(): Promise<void> {
  const root = await opfsRoot();
  await root?.getFileHandle(IDB_MARKER, { create: true });
}

/** Removes every byte of the (closed) database: "delete everything", or a failed first open. */
export async function eraseStorage(kind: StorageKind): Promise<void> {
  if (kind === 'opfs-ahp') {
    const root = await opfsRoot();
    if (root !== undefined && (await hasDirectory(root, DATABASE_NAME))) {
      await root.removeEntry(DATABASE_NAME, { recursive: true });
    }
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(IDB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`cannot delete ${IDB_NAME}`));
  });
}

async function opfsRoot(): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    return await navigator.storage.getDirectory();
  } catch {
    // No OPFS (an older browser, or a private window that refuses it).
    return undefined;
  }
}

async function hasDirectory(root: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await root.getDirectoryHandle(name);
    return true;
  } catch {
    return false;
  }
}

async function hasFile(root: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await root.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

async function idbExists(name: string): Promise<boolean> {
  // Without databases() (Firefox before 126) nothing tells; a new database is made either way.
  if (typeof indexedDB.databases !== 'function') return false;
  return (await indexedDB.databases()).some((database) => database.name === name);
}
