import type { CaseSummary } from '@shangan/contract';
import { describe, expect, it } from 'vitest';
import { appStorageKeys, clearAppStorage, type KeyedStorage } from './app-storage';
import { deleteAllData } from './delete-all-data';

function fakeStorage(entries: Record<string, string>): KeyedStorage & { entries: Record<string, string> } {
  return {
    entries,
    get length() {
      return Object.keys(entries).length;
    },
    key: (index: number) => Object.keys(entries)[index] ?? null,
    removeItem: (key: string) => {
      delete entries[key];
    },
  };
}

const summary = (id: string): CaseSummary => ({
  id,
  title: id,
  asOf: '2026-11-20',
  debtCount: 1,
  updatedAt: '',
});

describe('app storage', () => {
  it('lists and clears only the app’s keys', () => {
    const storage = fakeStorage({
      'shangan.locale': 'en',
      other: 'keep',
      'shangan.caseId': 'c1',
      'shangan.agreementChecklist.c1.d1': '[]',
      shanganish: 'keep',
    });
    expect(appStorageKeys(storage)).toEqual([
      'shangan.agreementChecklist.c1.d1',
      'shangan.caseId',
      'shangan.locale',
    ]);
    clearAppStorage(storage);
    expect(storage.entries).toEqual({ other: 'keep', shanganish: 'keep' });
  });
});

describe('deleteAllData', () => {
  it('deletes every listed case, then the browser’s data, the helper key’s database included', async () => {
    const deleted: string[] = [];
    const storage = fakeStorage({ 'shangan.caseId': 'a' });
    const result = await deleteAllData({
      listCases: async () => [summary('a'), summary('b')],
      deleteCase: async (id) => {
        deleted.push(id);
      },
      storage,
      deleteBrowserDatabases: async () => {
        deleted.push('databases');
      },
    });
    expect(deleted).toEqual(['a', 'b', 'databases']);
    expect(result.failed).toEqual([]);
    expect(storage.entries).toEqual({});
  });

  it('in local mode asks the server to delete everything at once, then clears the browser’s data', async () => {
    const storage = fakeStorage({ 'shangan.caseId': 'a' });
    let wiped = 0;
    const result = await deleteAllData({
      listCases: async () => [summary('a'), summary('b')],
      deleteCase: async () => {
        throw new Error('not one by one');
      },
      deleteEverything: async () => {
        wiped++;
      },
      storage,
    });
    expect(wiped).toBe(1);
    expect(result.deleted.map((item) => item.id)).toEqual(['a', 'b']);
    expect(result.failed).toEqual([]);
    expect(storage.entries).toEqual({});
  });

  it('goes on after a failure, reports it and keeps the browser’s data', async () => {
    const storage = fakeStorage({ 'shangan.caseId': 'a' });
    const result = await deleteAllData({
      listCases: async () => [summary('a'), summary('b')],
      deleteCase: async (id) => {
        if (id === 'a') throw new Error('offline');
      },
      storage,
      deleteBrowserDatabases: async () => {
        throw new Error('the helper key must stay while a case is left');
      },
    });
    expect(result.deleted.map((item) => item.id)).toEqual(['b']);
    expect(result.failed.map((item) => item.summary.id)).toEqual(['a']);
    expect(storage.entries).toEqual({ 'shangan.caseId': 'a' });
  });
});
