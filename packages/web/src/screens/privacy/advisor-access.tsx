import type { AdvisorGrantJson } from '@shangan/contract';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { showTimestamp } from '../clients/timestamp';
import { accessMessages } from './access-messages';
import { AdvisorForm } from './advisor-form';

type Permissions = { canEdit: boolean; canReveal: boolean };

/**
 * The owner's view of who may see the current case: each advisor with what they may do beyond
 * reading (changed at once), a button to take access back, and the form to add one.
 */
export function AdvisorAccess({ caseId, title }: { caseId: string; title: string }) {
  const text = useMessages(accessMessages);
  const { locale } = useLocale();
  const advisors = useResource(
    () => expectOk(api.cases[':caseId'].advisors.$get({ param: { caseId } })),
    [caseId, locale],
  );
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ApiFailure | undefined>(undefined);
  // A ticked box shows its new state at once, while the change is saved; a failure puts it back.
  const [pending, setPending] = useState<Record<string, Permissions>>({});
  const shown = ({ advisorId, canEdit, canReveal }: AdvisorGrantJson): Permissions =>
    pending[advisorId] ?? { canEdit, canReveal };

  const run = async (advisor: AdvisorGrantJson, call: () => Promise<unknown>, done: string) => {
    setBusy(advisor.advisorId);
    setStatus(undefined);
    setFailure(undefined);
    try {
      await call();
      setStatus(done);
      advisors.reload();
    } catch (caught) {
      setPending(({ [advisor.advisorId]: _failed, ...rest }) => rest);
      setFailure(caught instanceof ApiFailure ? caught : new ApiFailure(0, 'client', String(caught)));
    } finally {
      setBusy(undefined);
    }
  };
  const change = (advisor: AdvisorGrantJson, permissions: Permissions) => {
    setPending((previous) => ({ ...previous, [advisor.advisorId]: permissions }));
    return run(
      advisor,
      () =>
        expectOk(
          api.cases[':caseId'].advisors[':advisorId'].$put({
            param: { caseId, advisorId: advisor.advisorId },
            json: permissions,
          }),
        ),
      text.saved(advisor.email),
    );
  };
  const revoke = (advisor: AdvisorGrantJson) =>
    run(
      advisor,
      () =>
        expectOk(
          api.cases[':caseId'].advisors[':advisorId'].$delete({
            param: { caseId, advisorId: advisor.advisorId },
          }),
        ),
      text.revoked(advisor.email),
    );

  return (
    <>
      <section class="card" aria-labelledby="access-title">
        <h2 id="access-title">{text.listTitle}</h2>
        {advisors.error ? (
          <ErrorNotice error={advisors.error} onRetry={advisors.reload} />
        ) : advisors.data === undefined ? (
          <Loading />
        ) : advisors.data.advisors.length === 0 ? (
          <p class="muted">{text.listEmpty}</p>
        ) : (
          <>
            <p>{text.listIntro(title)}</p>
            <ul class="access-list">
              {advisors.data.advisors.map((advisor) => (
                <li key={advisor.advisorId} class="access-item">
                  <p class="access-who">
                    <strong>{advisor.email}</strong>{' '}
                    <span class="muted">{text.grantedOn(showTimestamp(advisor.grantedAt, locale))}</span>
                  </p>
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={shown(advisor).canEdit}
                      disabled={busy !== undefined}
                      onChange={(event) =>
                        change(advisor, { ...shown(advisor), canEdit: event.currentTarget.checked })
                      }
                    />
                    <span>{text.canEdit}</span>
                  </label>
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={shown(advisor).canReveal}
                      disabled={busy !== undefined}
                      onChange={(event) =>
                        change(advisor, { ...shown(advisor), canReveal: event.currentTarget.checked })
                      }
                    />
                    <span>{text.canReveal}</span>
                  </label>
                  <button
                    type="button"
                    class="button button-quiet"
                    disabled={busy !== undefined}
                    onClick={() => revoke(advisor)}
                  >
                    {busy === advisor.advisorId ? text.revoking : text.revoke}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {failure && <ErrorNotice error={failure} />}
        <p
          role="status"
          aria-live="polite"
          class={status === undefined ? 'status-empty' : 'notice notice-ok'}
        >
          {status}
        </p>
      </section>
      <AdvisorForm caseId={caseId} title={title} onGranted={advisors.reload} />
    </>
  );
}
