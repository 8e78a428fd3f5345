import { api, apiInThisBrowser, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { useSession } from '../../session/session';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { AdvisorAccess } from './advisor-access';
import { appStorageKeys } from './app-storage';
import { browserStorage } from './browser-storage';
import { CaseAudit } from './case-audit';
import { DeleteSection } from './delete-section';
import { DeviceStorageSection } from './device-storage-section';
import { ExportSection } from './export-section';
import { privacyMessages } from './messages';
import './privacy.css';

/**
 * `#/privacy`: where the data is, what leaves the device (nothing), export, who may see the case
 * and who did (accounts mode, the owner), deletion.
 */
export default function PrivacyScreen() {
  const text = useMessages(privacyMessages);
  const session = useSession();
  const current = useCurrentCase();
  const health = useResource(() => expectOk(api.health.$get()), []);
  const cases = useResource(() => expectOk(api.cases.$get()), [current.version]);
  // Read on each render: the list shown must match what deletion will remove.
  const storage = browserStorage();
  const storageKeys = storage === undefined ? [] : appStorageKeys(storage);
  const accounts = session.auth === 'accounts';
  const role = session.account?.role;
  const inThisBrowser = apiInThisBrowser();

  return (
    <>
      <h1>{text.title}</h1>
      <p class="muted">{text.intro}</p>
      <section class="card" aria-labelledby="where-title">
        <h2 id="where-title">{text.whereTitle}</h2>
        {accounts ? (
          <p>{text.accountsServer}</p>
        ) : inThisBrowser ? (
          <p>{text.thisBrowser}</p>
        ) : health.data ? (
          <p>{text.localServer[health.data.db]}</p>
        ) : (
          <Loading />
        )}
        <p>{text.browser(storageKeys.length)}</p>
        {storageKeys.length > 0 && (
          <details>
            <summary>{text.browserKeys}</summary>
            <ul class="storage-keys">
              {storageKeys.map((key) => (
                <li key={key}>
                  <code>{key}</code>
                </li>
              ))}
            </ul>
          </details>
        )}
        <p>{text.helperKeyKept}</p>
        <p>{text.noOtherSites}</p>
        {!accounts && <p>{inThisBrowser ? text.thisBrowserOnly : text.localOnlyRequests}</p>}
      </section>
      {inThisBrowser && <DeviceStorageSection />}
      <section class="card" aria-labelledby="hide-title">
        <h2 id="hide-title">{text.hideTitle}</h2>
        <p>{text.hideBody}</p>
      </section>
      {cases.error ? (
        <ErrorNotice error={cases.error} onRetry={cases.reload} />
      ) : cases.data === undefined ? (
        <Loading />
      ) : (
        <>
          <ExportSection cases={cases.data.cases} />
          {role === 'client' && current.caseId !== undefined && (
            <>
              <AdvisorAccess caseId={current.caseId} title={current.title ?? ''} />
              <CaseAudit caseId={current.caseId} version={current.version} />
            </>
          )}
          {role === 'advisor' ? (
            <section class="card" aria-labelledby="delete-title">
              <h2 id="delete-title">{text.deleteTitle}</h2>
              <p>{text.deleteAdvisor}</p>
            </section>
          ) : (
            <DeleteSection cases={cases.data.cases} storageKeys={storageKeys} accounts={accounts} />
          )}
        </>
      )}
    </>
  );
}
