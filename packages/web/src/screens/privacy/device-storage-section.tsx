import { useEffect, useState } from 'preact/hooks';
import { deviceFacts, needsHomeScreen } from '../../device/device-checks';
import { askToKeep, readStorageState, type StorageState } from '../../device/storage-state';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { Loading } from '../../ui/async-state';
import { deviceMessages } from './device-messages';

/**
 * The standalone build's data lives in this browser: whether the browser has promised to keep it
 * (navigator.storage.persisted), a button to ask, how much it takes, and on iOS how to add 上岸 to
 * the home screen so that Safari's 7-day deletion does not apply.
 */
export function DeviceStorageSection() {
  const text = useMessages(deviceMessages);
  const [state, setState] = useState<StorageState>();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    void readStorageState().then(setState);
  }, []);
  const ask = async () => {
    setAsking(true);
    setState(await askToKeep());
    setAsking(false);
  };
  return (
    <section class="card" aria-labelledby="device-storage-title">
      <h2 id="device-storage-title">{text.title}</h2>
      {state === undefined ? (
        <Loading />
      ) : (
        <>
          <p data-storage-persisted={String(state.persisted)}>
            {state.persisted === true
              ? text.persisted
              : state.persisted === false
                ? text.notPersisted
                : text.unknown}
          </p>
          {state.persisted === false && (
            <button
              type="button"
              class="button button-secondary"
              disabled={asking}
              onClick={() => void ask()}
            >
              {asking ? text.asking : text.askKeep}
            </button>
          )}
          {state.usage !== undefined && (
            <p class="muted">{text.usage((state.usage / 1_000_000).toFixed(1))}</p>
          )}
        </>
      )}
      {needsHomeScreen(deviceFacts()) && (
        <>
          <h3>{text.iosTitle}</h3>
          <p>{text.ios}</p>
        </>
      )}
      <p>
        <a href={hrefTo('/backup')}>{text.backupLink}</a>
      </p>
    </section>
  );
}
