import { useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo, navigate } from '../../routing/router';
import { showTypedMoney } from './answer-summary';
import { finishPath } from './case-edit';
import { debtToDraft } from './debt-to-draft';
import { loadDrafts, skippedSteps } from './draft-store';
import { intakePath } from './intake-route';
import { intakeMessages } from './messages';
import type { IntakeCase } from './use-intake-case';

/** The intake's start: the debts so far (saved or unfinished), add one, the last two steps, finish. */
export function IntakeHome({ intake }: { intake: IntakeCase }) {
  const text = useMessages(intakeMessages);
  const { locale } = useLocale();
  const [drafts] = useState(() => loadDrafts(intake.caseId));
  const savedIds = new Set(intake.caseFile.debts.map((debt) => debt.id));
  const entries = [
    ...intake.caseFile.debts.map((debt) => ({ draft: drafts[debt.id] ?? debtToDraft(debt), saved: true })),
    ...Object.values(drafts)
      .filter((draft) => !savedIds.has(draft.id))
      .map((draft) => ({ draft, saved: false })),
  ];
  return (
    <div class="intake-home">
      <h1>{text.homeTitle}</h1>
      <p class="muted">{text.autosave}</p>
      {entries.length === 0 ? (
        <p>{text.noDebts}</p>
      ) : (
        <section aria-labelledby="intake-debts">
          <h2 id="intake-debts">{text.debtsTitle}</h2>
          <ul class="intake-debts">
            {entries.map(({ draft, saved }) => (
              <li class="card" key={draft.id}>
                <p class="intake-debt-name">
                  <strong>{draft.lender.trim() || text.newDebt}</strong>{' '}
                  <span class={saved ? 'badge badge-C' : 'badge badge-warn'}>
                    {saved ? text.savedBadge : text.unfinished}
                  </span>
                </p>
                {draft.principal.trim() !== '' && (
                  <p class="numbers">{showTypedMoney(draft.principal, locale)}</p>
                )}
                <p class="row">
                  <a href={hrefTo(intakePath({ kind: 'review', debtId: draft.id }))}>
                    {text.reviewDebt}
                    <span class="visually-hidden">：{draft.lender}</span>
                  </a>
                  {!saved && (
                    <a href={hrefTo(intakePath({ kind: 'resume', debtId: draft.id }))}>
                      {text.continueDraft}
                      <span class="visually-hidden">：{draft.lender}</span>
                    </a>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        <a class="button" href={hrefTo(intakePath({ kind: 'new' }))}>
          {entries.length === 0 ? text.addFirst : text.addAnother}
        </a>
        {entries.length > 0 && (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => navigate(finishPath(intake.caseFile, skippedSteps(intake.caseId)))}
          >
            {text.finish}
          </button>
        )}
      </div>
      <section aria-labelledby="intake-final">
        <h2 id="intake-final">{text.finalTitle}</h2>
        <ul class="intake-final">
          <li>
            <a href={hrefTo(intakePath({ kind: 'about' }))}>{text.aboutLink}</a>
          </li>
          <li>
            <a href={hrefTo(intakePath({ kind: 'situation' }))}>{text.situationLink}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}
