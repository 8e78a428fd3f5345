import { type DebtDraft, restoreDraft } from './debt-draft';

/**
 * Unfinished answers live on this device (localStorage), one entry per case, until the debt is
 * valid and saved to the case. A reload, a lost connection or a closed tab loses nothing typed.
 */

export type FinalStep = 'about' | 'situation';

interface Stored {
  drafts: Record<string, DebtDraft>;
  /** The optional last steps the person chose to skip, so "完成" does not ask again. */
  skipped: FinalStep[];
  /** Debts added since the start screen's answers, whose status question has not been shown yet. */
  fresh: string[];
}

const keyOf = (caseId: string) => `shangan.intake.${caseId}`;

function read(caseId: string): Stored {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(keyOf(caseId)) ?? '{}');
    const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<
      Record<keyof Stored, unknown>
    >;
    const drafts: Record<string, DebtDraft> = {};
    const rawDrafts = typeof stored.drafts === 'object' && stored.drafts !== null ? stored.drafts : {};
    for (const entry of Object.values(rawDrafts)) {
      const draft = restoreDraft(entry);
      if (draft) drafts[draft.id] = draft;
    }
    const skipped = Array.isArray(stored.skipped)
      ? stored.skipped.filter((step): step is FinalStep => step === 'about' || step === 'situation')
      : [];
    const fresh = Array.isArray(stored.fresh)
      ? stored.fresh.filter((id): id is string => typeof id === 'string')
      : [];
    return { drafts, skipped, fresh };
  } catch {
    return { drafts: {}, skipped: [], fresh: [] };
  }
}

function write(caseId: string, stored: Stored): void {
  try {
    localStorage.setItem(keyOf(caseId), JSON.stringify(stored));
  } catch {
    // Storage refused (private browsing, full): the answers stay on the screen until saved.
  }
}

export function loadDrafts(caseId: string): Record<string, DebtDraft> {
  return read(caseId).drafts;
}

export function storeDraft(caseId: string, draft: DebtDraft): void {
  const stored = read(caseId);
  write(caseId, { ...stored, drafts: { ...stored.drafts, [draft.id]: draft } });
}

export function clearDraft(caseId: string, debtId: string): void {
  const stored = read(caseId);
  const { [debtId]: _cleared, ...drafts } = stored.drafts;
  write(caseId, { ...stored, drafts });
}

export function skippedSteps(caseId: string): FinalStep[] {
  return read(caseId).skipped;
}

export function rememberSkipped(caseId: string, step: FinalStep): void {
  const stored = read(caseId);
  if (!stored.skipped.includes(step)) write(caseId, { ...stored, skipped: [...stored.skipped, step] });
}

/** A debt just added: its status question may start from the start screen's answers. */
export function markFresh(caseId: string, debtId: string): void {
  const stored = read(caseId);
  write(caseId, { ...stored, fresh: [...stored.fresh.filter((id) => id !== debtId), debtId] });
}

/** Whether the debt was fresh; it no longer is once asked (the suggestion is made once). */
export function takeFresh(caseId: string, debtId: string): boolean {
  const stored = read(caseId);
  if (!stored.fresh.includes(debtId)) return false;
  write(caseId, { ...stored, fresh: stored.fresh.filter((id) => id !== debtId) });
  return true;
}
