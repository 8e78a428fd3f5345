import type { CaseFileInput } from '@shangan/core';
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiFailure, api, expectOk, expectOkWithEtag } from '../api/client';
import { type CaseChange, caseChanges } from './case-changes';

const STORAGE_KEY = 'shangan.caseId';

/**
 * An edit of the case file, as a function of the case as stored: applied to the copy the app
 * holds when saved, and to the newer stored copy when the person re-applies it after a conflict.
 */
export type CaseEdit = (stored: CaseFileInput) => CaseFileInput;

/** A save refused because the case changed elsewhere (412): what changed, and the edit to re-apply. */
export interface CaseConflict {
  /** How the case as stored now differs from the copy the edit was made on. */
  changes: CaseChange[];
  /** True once the person re-applied their edit to the newer copy and it was saved. */
  reapplied: boolean;
}

/** The case being worked on, as saved on the server, and the ways to change it. */
export interface CurrentCase {
  status: 'loading' | 'none' | 'ready' | 'error';
  caseId: string | undefined;
  title: string | undefined;
  caseFile: CaseFileInput | undefined;
  /** Grows by one on every save: screens reload the analysis and the plan when it changes. */
  version: number;
  error: string | undefined;
  /** Creates a case on the server and makes it current. */
  create: (title: string, caseFile: CaseFileInput) => Promise<void>;
  /**
   * Saves an edit of the current case file (save as you go), made from the revision the app read
   * (If-Match, ADR 0022). Rejects with ApiFailure; when the case changed elsewhere (412) it first
   * reloads it and opens `conflict`, so nothing the person typed is lost: their screen keeps it,
   * and `reapply` saves the same edit on the newer copy.
   */
  save: (edit: CaseEdit) => Promise<void>;
  /** Reads the current case again (after a write of its own that moved its revision: a contact). */
  refresh: () => Promise<void>;
  /** Switches to another stored case (an advisor's client list, the case picker). */
  select: (caseId: string) => Promise<void>;
  /** Forgets the current case on this device (after deleting it). */
  clear: () => void;
  conflict: CaseConflict | undefined;
  /** Saves the refused edit again, on the case as stored now. */
  reapply: () => Promise<void>;
  dismissConflict: () => void;
}

const CaseContext = createContext<CurrentCase | undefined>(undefined);

function rememberCase(caseId: string | undefined): void {
  try {
    if (caseId === undefined) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, caseId);
  } catch {
    // Storage refused (private browsing): the case is still on the server, picked from the list.
  }
}

/**
 * True when this device remembers a case it worked on. In the standalone build the case lives in
 * this browser's storage beside that memory, so none remembered means there is almost surely no
 * case: the start screen can open before the engine has answered.
 */
export function caseRememberedOnThisDevice(): boolean {
  return rememberedCase() !== null;
}

function rememberedCase(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function CaseProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<{
    status: CurrentCase['status'];
    caseId?: string;
    title?: string;
    caseFile?: CaseFileInput;
    error?: string;
  }>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const [conflict, setConflict] = useState<(CaseConflict & { edit: CaseEdit }) | undefined>();
  // The copy every save starts from and the ETag it was read with, always from the same response;
  // a ref, so that saves queued one after the other each see the one before.
  const stored = useRef<{ caseId?: string; title?: string; caseFile?: CaseFileInput; etag: string }>({
    etag: '',
  });
  // Saves run one at a time: two at once from this tab would refuse each other (412).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(work, work);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const show = useCallback((caseId: string, title: string, caseFile: CaseFileInput, etag: string) => {
    stored.current = { caseId, title, caseFile, etag };
    setState({ status: 'ready', caseId, title, caseFile });
    setVersion((value) => value + 1);
  }, []);

  const load = useCallback(
    async (caseId: string) => {
      const { body, etag } = await expectOkWithEtag(api.cases[':caseId'].$get({ param: { caseId } }));
      rememberCase(caseId);
      show(caseId, body.title, body.caseFile, etag);
    },
    [show],
  );

  useEffect(() => {
    (async () => {
      const { cases } = await expectOk(api.cases.$get());
      const wanted = rememberedCase();
      const pick = cases.find((item) => item.id === wanted) ?? (cases.length === 1 ? cases[0] : undefined);
      if (pick === undefined) setState({ status: 'none' });
      else await load(pick.id);
    })().catch((error: unknown) =>
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  }, [load]);

  const create = useCallback(
    async (title: string, caseFile: CaseFileInput) => {
      const { body, etag } = await expectOkWithEtag(api.cases.$post({ json: { title, caseFile } }));
      rememberCase(body.id);
      setConflict(undefined);
      show(body.id, body.title, body.caseFile, etag);
    },
    [show],
  );

  /** After a 412: the case as stored now, and what differs from the copy the edit was made on. */
  const openConflict = useCallback(
    async (caseId: string, had: CaseFileInput, edit: CaseEdit) => {
      try {
        await load(caseId);
      } catch {
        // Offline or gone: the person still sees that their change was not saved.
        return;
      }
      const now = stored.current.caseFile ?? had;
      setConflict({ changes: caseChanges(had, now), reapplied: false, edit });
    },
    [load],
  );

  const put = useCallback(
    async (edit: CaseEdit) => {
      const { caseId, title, caseFile, etag } = stored.current;
      if (caseId === undefined || caseFile === undefined) throw new Error('no current case');
      const next = edit(caseFile);
      // Contacts are logged one by one through their own endpoint and are never rewritten here.
      const debts = next.debts.map((debt) => ({ ...debt, contacts: [] }));
      const json = { title: title ?? '我的债务', caseFile: { ...next, debts } };
      try {
        const saved = await expectOkWithEtag(
          api.cases[':caseId'].$put({ param: { caseId }, header: { 'if-match': etag }, json }),
        );
        show(caseId, json.title, saved.body.caseFile, saved.etag);
        setConflict(undefined);
      } catch (error) {
        if (error instanceof ApiFailure && error.isStale) await openConflict(caseId, caseFile, edit);
        throw error;
      }
    },
    [show, openConflict],
  );

  const save = useCallback((edit: CaseEdit) => enqueue(() => put(edit)), [enqueue, put]);

  const refresh = useCallback(
    () =>
      enqueue(async () => {
        const { caseId } = stored.current;
        if (caseId !== undefined) await load(caseId);
      }),
    [enqueue, load],
  );

  const select = useCallback(
    async (caseId: string) => {
      setConflict(undefined);
      await enqueue(() => load(caseId));
    },
    [enqueue, load],
  );

  const reapply = useCallback(async () => {
    if (conflict === undefined) return;
    await save(conflict.edit);
    setConflict({ changes: conflict.changes, reapplied: true, edit: conflict.edit });
  }, [conflict, save]);

  const dismissConflict = useCallback(() => setConflict(undefined), []);

  const clear = useCallback(() => {
    rememberCase(undefined);
    stored.current = { etag: '' };
    setConflict(undefined);
    setState({ status: 'none' });
  }, []);

  const value = useMemo<CurrentCase>(
    () => ({
      status: state.status,
      caseId: state.caseId,
      title: state.title,
      caseFile: state.caseFile,
      version,
      error: state.error,
      create,
      save,
      refresh,
      select,
      clear,
      conflict:
        conflict === undefined ? undefined : { changes: conflict.changes, reapplied: conflict.reapplied },
      reapply,
      dismissConflict,
    }),
    [state, version, create, save, refresh, select, clear, conflict, reapply, dismissConflict],
  );
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>;
}

export function useCurrentCase(): CurrentCase {
  const value = useContext(CaseContext);
  if (value === undefined) throw new Error('useCurrentCase outside CaseProvider');
  return value;
}
