import type { CaseFileInput } from '@shangan/core';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type CurrentCase, useCurrentCase } from '../../case/current-case';
import { todayIso } from '../../ui/format';
import { SAMPLE_TITLE } from '../start/sample-title';
import { analysisDate, withDebt } from './case-edit';
import { checkDraft, type DraftCheck } from './check-draft';
import type { DebtDraft, DebtInput } from './debt-draft';
import { debtToDraft } from './debt-to-draft';
import { clearDraft, loadDrafts, storeDraft } from './draft-store';

/** The current case as the intake needs it (the shell only shows the intake when there is one). */
export interface IntakeCase {
  current: CurrentCase;
  caseId: string;
  caseFile: CaseFileInput;
  isSample: boolean;
  /** The analysis date the next save will use. */
  asOf: string;
}

export function useIntakeCase(): IntakeCase {
  const current = useCurrentCase();
  const caseFile = current.caseFile ?? { version: 1, asOf: todayIso(), debts: [] };
  const isSample = current.title === SAMPLE_TITLE;
  return {
    current,
    caseId: current.caseId ?? '',
    caseFile,
    isSample,
    asOf: analysisDate(caseFile.asOf, todayIso(), isSample),
  };
}

export interface DebtDraftState {
  /** undefined: no such debt in the case and no unfinished answers for it. */
  draft: DebtDraft | undefined;
  /** The debt as saved in the case, if it is. */
  saved: DebtInput | undefined;
  /** Answers on this device not yet in the case. */
  unsaved: boolean;
  /** Keeps the answers on this device at once (every keystroke survives a reload). */
  update: (draft: DebtDraft) => void;
  /**
   * Checks the answers; when nothing is wrong and something changed, saves the debt to the case
   * and forgets the local copy.
   */
  commit: (draft: DebtDraft) => Promise<DraftCheck>;
}

/** One debt being answered: the unfinished answers on this device first, else the debt as saved. */
export function useDebtDraft(intake: IntakeCase, debtId: string): DebtDraftState {
  const { caseId, caseFile, asOf, current } = intake;
  const saved = caseFile.debts.find((debt) => debt.id === debtId);
  const read = useCallback(() => {
    const local = loadDrafts(caseId)[debtId];
    return { draft: local ?? (saved ? debtToDraft(saved) : undefined), unsaved: local !== undefined };
  }, [caseId, debtId, saved]);
  const [state, setState] = useState(read);
  useEffect(() => setState(read()), [read]);

  const update = useCallback(
    (draft: DebtDraft) => {
      storeDraft(caseId, draft);
      setState({ draft, unsaved: true });
    },
    [caseId],
  );
  const commit = useCallback(
    async (draft: DebtDraft) => {
      const check = checkDraft(draft, asOf);
      // Nothing new since the last save (no answers waiting on this device): nothing to send.
      const pending = saved === undefined || loadDrafts(caseId)[draft.id] !== undefined;
      if (check.issues.length === 0 && pending) {
        await current.save((stored) => withDebt(stored, check.debt, asOf));
        clearDraft(caseId, draft.id);
        setState({ draft, unsaved: false });
      }
      return check;
    },
    [caseId, asOf, current, saved],
  );
  return { draft: state.draft, saved, unsaved: state.unsaved, update, commit };
}
