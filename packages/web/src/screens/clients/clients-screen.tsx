import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo, navigate } from '../../routing/router';
import { useSession } from '../../session/session';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { clientsMessages } from './messages';
import './clients.css';
import { showTimestamp } from './timestamp';

/** `#/clients`: the cases this account may see (an advisor: the ones assigned), to open one. */
export default function ClientsScreen() {
  const text = useMessages(clientsMessages);
  const { locale } = useLocale();
  const session = useSession();
  const current = useCurrentCase();
  const cases = useResource(() => expectOk(api.cases.$get()), [current.version]);
  const [opening, setOpening] = useState<string | undefined>(undefined);
  const [openError, setOpenError] = useState<ApiFailure | undefined>(undefined);
  const advisor = session.account?.role === 'advisor';

  const open = async (caseId: string) => {
    setOpening(caseId);
    setOpenError(undefined);
    try {
      await current.select(caseId);
      navigate('/overview');
    } catch (error) {
      setOpenError(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setOpening(undefined);
    }
  };

  return (
    <>
      <h1>{advisor ? text.advisorTitle : text.ownTitle}</h1>
      <p class="muted">{advisor ? text.advisorIntro : text.ownIntro}</p>
      {cases.error && <ErrorNotice error={cases.error} onRetry={cases.reload} />}
      {cases.data === undefined && !cases.error && <Loading />}
      {cases.data?.cases.length === 0 && (
        <div class="notice">
          {advisor ? (
            <p>{text.emptyAdvisor(session.account?.email ?? '')}</p>
          ) : (
            <>
              <p>{text.emptyOwn}</p>
              <a class="button" href={hrefTo('/start')}>
                {text.start}
              </a>
            </>
          )}
        </div>
      )}
      {cases.data !== undefined && cases.data.cases.length > 0 && (
        <div class="card table-scroll">
          <table class="clients-table">
            <caption class="visually-hidden">{text.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.titleColumn}</th>
                <th scope="col" class="amount">
                  {text.debtsColumn}
                </th>
                <th scope="col">{text.asOfColumn}</th>
                <th scope="col">{text.updatedColumn}</th>
                <th scope="col">
                  <span class="visually-hidden">{text.actionColumn}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.data.cases.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {item.title}
                    {item.id === current.caseId && (
                      <>
                        {' '}
                        <span class="badge badge-C">{text.current}</span>
                      </>
                    )}
                  </th>
                  <td class="amount" data-label={text.label(text.debtsColumn)}>
                    {text.debts(item.debtCount)}
                  </td>
                  <td class="numbers" data-label={text.label(text.asOfColumn)}>
                    {item.asOf}
                  </td>
                  <td class="numbers" data-label={text.label(text.updatedColumn)}>
                    {showTimestamp(item.updatedAt, locale)}
                  </td>
                  <td class="clients-action">
                    <button
                      type="button"
                      class="button button-secondary"
                      disabled={opening !== undefined}
                      onClick={() => open(item.id)}
                    >
                      {text.open}
                      <span class="visually-hidden">{text.openCase(item.title)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opening !== undefined && <Loading label={text.opening} />}
      {openError && <ErrorNotice error={openError} />}
    </>
  );
}
