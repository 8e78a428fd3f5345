import type { CaseFileInput } from '@shangan/core';
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { api, expectOk } from '../api/client';

const STORAGE_KEY = 'shangan.caseId';

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
  /** Replaces the current case file on the server (save as you go). Rejects with ApiFailure. */
  save: (caseFile: CaseFileInput) => Promise<void>;
  /** Switches to another stored case (an advisor's client list, the case picker). */
  select: (caseId: string) => Promise<void>;
  /** Forgets the current case on this device (after deleting it). */
  clear: () => void;
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

  const load = useCallback(async (caseId: string) => {
    const stored = await expectOk(api.cases[':caseId'].$get({ param: { caseId } }));
    rememberCase(caseId);
    setState({ status: 'ready', caseId, title: stored.title, caseFile: stored.caseFile });
    setVersion((value) => value + 1);
  }, []);

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

  const create = useCallback(async (title: string, caseFile: CaseFileInput) => {
    const created = await expectOk(api.cases.$post({ json: { title, caseFile } }));
    rememberCase(created.id);
    setState({ status: 'ready', caseId: created.id, title, caseFile: created.caseFile });
    setVersion((value) => value + 1);
  }, []);

  const save = useCallback(
    async (caseFile: CaseFileInput) => {
      if (state.caseId === undefined) throw new Error('no current case');
      // Contacts are logged one by one through their own endpoint and are never rewritten here.
      const debts = (caseFile.debts ?? []).map((debt) => ({ ...debt, contacts: [] }));
      const stored = await expectOk(
        api.cases[':caseId'].$put({
          param: { caseId: state.caseId },
          json: { title: state.title ?? '我的债务', caseFile: { ...caseFile, debts } },
        }),
      );
      setState((previous) => ({ ...previous, caseFile: stored.caseFile }));
      setVersion((value) => value + 1);
    },
    [state.caseId, state.title],
  );

  const clear = useCallback(() => {
    rememberCase(undefined);
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
      select: load,
      clear,
    }),
    [state, version, create, save, load, clear],
  );
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>;
}

export function useCurrentCase(): CurrentCase {
  const value = useContext(CaseContext);
  if (value === undefined) throw new Error('useCurrentCase outside CaseProvider');
  return value;
}
