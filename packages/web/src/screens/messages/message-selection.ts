import type { Contact } from '@shangan/core';

/** One draft as the server read it: the message it came from, the debt it is linked to, the entry. */
export interface ReadDraft {
  messageIndex: number;
  link: { debtId: string | null };
  contact: Contact & { sha256: string };
  assumed: ('date' | 'time')[];
  alreadyLogged: boolean;
}

/** What the person decided for one draft: keep it or not, and which debt it belongs to. */
export interface DraftChoice {
  keep: boolean;
  debtId: string | null;
}

/** Each draft starts kept unless already in the log, on the debt the server linked it to. */
export function initialChoices(drafts: readonly ReadDraft[]): DraftChoice[] {
  return drafts.map((draft) => ({ keep: !draft.alreadyLogged, debtId: draft.link.debtId }));
}

export type Selection =
  | { ok: true; entries: { debtId: string; contact: Contact & { sha256: string } }[] }
  | { ok: false; unlinked: number[] };

/**
 * The entries to log: the kept drafts with their debt. A kept draft with no debt yet is named
 * (by its position, 0-based) so the screen can ask which debt it is about.
 */
export function selectEntries(drafts: readonly ReadDraft[], choices: readonly DraftChoice[]): Selection {
  const unlinked: number[] = [];
  const entries: { debtId: string; contact: Contact & { sha256: string } }[] = [];
  drafts.forEach((draft, index) => {
    const choice = choices[index];
    if (!choice?.keep) return;
    if (choice.debtId === null) unlinked.push(index);
    else entries.push({ debtId: choice.debtId, contact: draft.contact });
  });
  return unlinked.length > 0 ? { ok: false, unlinked } : { ok: true, entries };
}
