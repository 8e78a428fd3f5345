/** Every key the app keeps in the browser starts with this (locale, current case, drafts, ticks). */
export const APP_STORAGE_PREFIX = 'shangan.';

/** The part of the Web Storage API the privacy screen uses; a fake in tests. */
export type KeyedStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/** The app's keys in this browser's storage, sorted. */
export function appStorageKeys(storage: KeyedStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(APP_STORAGE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** Removes the app's keys and nothing else (other sites' data on localhost stays). */
export function clearAppStorage(storage: KeyedStorage): void {
  // Keys are listed first: removing while walking by index would skip some.
  for (const key of appStorageKeys(storage)) storage.removeItem(key);
}
