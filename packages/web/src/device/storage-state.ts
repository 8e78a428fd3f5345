/** Whether the browser has promised to keep this site's data, and how much it holds. */
export interface StorageState {
  /** undefined: the browser cannot say (no StorageManager). */
  persisted: boolean | undefined;
  /** Bytes used by this site, when the browser says. */
  usage: number | undefined;
}

type Storage = Pick<StorageManager, 'persisted' | 'estimate'> | undefined;

export async function readStorageState(
  storage: Storage = globalThis.navigator?.storage,
): Promise<StorageState> {
  if (storage === undefined) return { persisted: undefined, usage: undefined };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => undefined),
    storage.estimate().catch(() => undefined),
  ]);
  return { persisted, usage: estimate?.usage };
}

/** Asks the browser to keep the data (it may decide without asking the person); the new state. */
export async function askToKeep(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageState> {
  await storage?.persist().catch(() => false);
  return readStorageState(storage);
}
