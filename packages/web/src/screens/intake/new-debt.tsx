import { useEffect, useRef } from 'preact/hooks';
import { Loading } from '../../ui/async-state';
import { emptyDraft, nextDebtId } from './debt-draft';
import { loadDrafts, markFresh, storeDraft } from './draft-store';
import { intakePath } from './intake-route';
import type { IntakeCase } from './use-intake-case';

/**
 * #/intake/new: a new debt with the next free id (its status question will start from the start
 * screen's answers), then its first question. The route is replaced, so "back" never lands here and makes another.
 */
export function NewDebt({ intake }: { intake: IntakeCase }) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const drafts = loadDrafts(intake.caseId);
    const id = nextDebtId([...intake.caseFile.debts.map((debt) => debt.id), ...Object.keys(drafts)]);
    storeDraft(intake.caseId, emptyDraft(id));
    markFresh(intake.caseId, id);
    window.location.replace(`#${intakePath({ kind: 'question', debtId: id, question: 'lender' })}`);
  }, [intake]);
  return <Loading />;
}
