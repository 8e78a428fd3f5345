import type { CaseSummary } from '@shangan/contract';
import { clearAppStorage, type KeyedStorage } from './app-storage';

export interface DeleteAllDependencies {
  listCases: () => Promise<CaseSummary[]>;
  deleteCase: (caseId: string) => Promise<void>;
  /**
   * Local mode: the server deletes its whole database at once (DELETE /api/data), so that nothing
   * is left in its files either. Accounts mode deletes case by case: the server is shared.
   */
  deleteEverything?: (() => Promise<void>) | undefined;
  storage: KeyedStorage | undefined;
  /** Deletes what the app keeps in this browser's IndexedDB (a helper's private key, ADR 0031). */
  deleteBrowserDatabases?: (() => Promise<void>) | undefined;
}

export interface DeleteAllResult {
  deleted: CaseSummary[];
  failed: { summary: CaseSummary; error: unknown }[];
}

/**
 * Deletes every case the server lists for this person, then the app's keys in this browser.
 * The list is read again at the moment of deletion, so a case created in another tab goes too.
 * When a case cannot be deleted, the browser's data is kept: it still points to that case.
 */
export async function deleteAllData({
  listCases,
  deleteCase,
  deleteEverything,
  storage,
  deleteBrowserDatabases,
}: DeleteAllDependencies): Promise<DeleteAllResult> {
  const result: DeleteAllResult = { deleted: [], failed: [] };
  const listed = await listCases();
  if (deleteEverything !== undefined) {
    try {
      await deleteEverything();
      result.deleted.push(...listed);
    } catch (error) {
      result.failed.push(...listed.map((summary) => ({ summary, error })));
    }
  }
  for (const summary of deleteEverything === undefined ? listed : []) {
    try {
      await deleteCase(summary.id);
      result.deleted.push(summary);
    } catch (error) {
      result.failed.push({ summary, error });
    }
  }
  if (result.failed.length === 0) {
    if (storage !== undefined) clearAppStorage(storage);
    await deleteBrowserDatabases?.();
  }
  return result;
}
