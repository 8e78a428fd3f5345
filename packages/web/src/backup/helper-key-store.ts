import type { HelperIdentity } from './age-file';

/**
 * The helper's key pair, in this browser's IndexedDB (which, unlike localStorage, keeps a
 * WebCrypto key as the key itself: see helper-identity.ts). Never sent anywhere; deleting it, or
 * deleting all data, makes files shared to it unreadable for good.
 */
export const HELPER_KEY_DATABASE = 'shangan.helper-key';
const STORE = 'keys';
const RECORD = 'helper';

export interface StoredHelperKey {
  identity: HelperIdentity;
  /** The public key, `age1…`, kept beside it so showing it needs no crypto code. */
  recipient: string;
  /** When it was made, an ISO instant. */
  createdAt: string;
}

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = make();
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(HELPER_KEY_DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) {
  const database = await openDatabase();
  try {
    return await request(() => work(database.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    database.close();
  }
}

/** The helper key of this browser, if one was made. */
export async function readHelperKey(): Promise<StoredHelperKey | undefined> {
  const found: unknown = await withStore('readonly', (store) => store.get(RECORD));
  if (typeof found !== 'object' || found === null) return undefined;
  const { identity, recipient, createdAt } = found as Partial<StoredHelperKey>;
  const usable =
    typeof identity === 'string' || (typeof CryptoKey !== 'undefined' && identity instanceof CryptoKey);
  if (!usable || typeof recipient !== 'string' || typeof createdAt !== 'string') return undefined;
  return { identity, recipient, createdAt };
}

export async function saveHelperKey(key: StoredHelperKey): Promise<void> {
  await withStore('readwrite', (store) => store.put(key, RECORD));
}

/** Deletes the helper key, and the database that held it. */
export function deleteHelperKey(): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(HELPER_KEY_DATABASE);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error);
    // Another tab holds it open: the deletion completes when that tab lets go.
    deleting.onblocked = () => resolve();
  });
}
