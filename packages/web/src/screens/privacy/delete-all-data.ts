import type { CaseSummary } from '@shangan/contract';
import { clearAppStorage, type KeyedStorage } from './app-storage';

export interface DeleteAllDependencies {
  listCases: () => Promise<CaseSummary[]>;
  deleteCase: (caseId: string) => Promise<void>;
  storage: KeyedStorage | undefined;
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
  storage,
}: DeleteAllDependencies): Promise<DeleteAllResult> {
  const result: DeleteAllResult = { deleted: [], failed: [] };
  for (const summary of await listCases()) {
    try {
      await deleteCase(summary.id);
      result.deleted.push(summary);
    } catch (error) {
      result.failed.push({ summary, error });
    }
  }
  if (result.failed.length === 0 && storage !== undefined) clearAppStorage(storage);
  return result;
}
