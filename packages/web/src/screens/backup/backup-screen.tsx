import { useEffect, useState } from 'preact/hooks';
import { api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { readHelperKey, type StoredHelperKey } from '../../backup/helper-key-store';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { useSession } from '../../session/session';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { BackupSection } from './backup-section';
import { HelperKeySection } from './helper-key-section';
import { backupMessages } from './messages';
import { RestoreSection } from './restore-section';
import { ShareSection } from './share-section';
import './backup.css';

/**
 * `#/backup`: the person's encrypted backup and its restore, sharing the case with a helper's key,
 * and the helper's own key. Every file is made and opened in this browser (ADR 0031).
 */
export default function BackupScreen() {
  const text = useMessages(backupMessages);
  const current = useCurrentCase();
  const session = useSession();
  const cases = useResource(() => expectOk(api.cases.$get()), [current.version]);
  const [helperKey, setHelperKey] = useState<{ key: StoredHelperKey | undefined } | undefined>();
  const [keyError, setKeyError] = useState<Error | undefined>();
  useEffect(() => {
    readHelperKey().then(
      (key) => setHelperKey({ key }),
      (error: unknown) => {
        // No IndexedDB (some private modes): backups still work; the helper key cannot be kept.
        setKeyError(error instanceof Error ? error : new Error(String(error)));
        setHelperKey({ key: undefined });
      },
    );
  }, []);
  // An advisor works on clients' cases by permission; their backups are the clients' to make.
  const owner = session.account?.role !== 'advisor';

  return (
    <>
      <h1>{text.title}</h1>
      <p class="muted">{text.intro}</p>
      {cases.error ? (
        <ErrorNotice error={cases.error} onRetry={cases.reload} />
      ) : cases.data === undefined || helperKey === undefined ? (
        <Loading />
      ) : (
        <>
          {owner && <BackupSection cases={cases.data.cases} currentCaseId={current.caseId} />}
          <RestoreSection helperKey={helperKey.key} onRestored={cases.reload} />
          {owner && <ShareSection cases={cases.data.cases} currentCaseId={current.caseId} />}
          {keyError === undefined ? (
            <HelperKeySection helperKey={helperKey.key} onChange={(key) => setHelperKey({ key })} />
          ) : (
            <ErrorNotice error={keyError} />
          )}
        </>
      )}
    </>
  );
}
