import { useEffect, useState } from 'preact/hooks';
import { App } from '../app';
import { deviceFacts, isWeChat } from '../device/device-checks';
import { LocaleProvider } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { ErrorNotice, Loading } from '../ui/async-state';
import { claimDatabase, type EngineProgress, type EngineStatus, takeOver } from './engine';
import { standaloneMessages } from './messages';
import { registerOffline } from './offline';

/**
 * The standalone build's root: the app once this tab has the database (engine.ts), else a notice
 * that it is open in another tab, with a button to move it here.
 */
export function StandaloneRoot() {
  const [status, setStatus] = useState<EngineStatus>('starting');
  const [error, setError] = useState<Error>();
  const [progress, setProgress] = useState<EngineProgress>();
  const [update, setUpdate] = useState<() => void>();
  const [inWeChat] = useState(() => isWeChat(deviceFacts()));
  useEffect(() => registerOffline((apply) => setUpdate(() => apply)), []);
  useEffect(() => {
    claimDatabase(setStatus, setProgress).catch((failure: unknown) =>
      setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
  }, []);
  if (status === 'here')
    return (
      <>
        {inWeChat && <WeChatNotice />}
        {update && <UpdatePrompt onUpdate={update} />}
        <App />
      </>
    );
  return (
    <LocaleProvider>
      <main class="shell">
        {inWeChat && <WeChatText />}
        {error ? (
          <ErrorNotice error={error} />
        ) : status === 'starting' ? (
          <StartingNotice progress={progress} />
        ) : (
          <ElsewhereNotice onSwitch={() => takeOver().catch(setError)} />
        )}
      </main>
    </LocaleProvider>
  );
}

/**
 * While the engine starts: on a first visit its download as a progress bar (about 18 MB, once),
 * then "opening the data" while the database starts and migrates.
 */
function StartingNotice({ progress }: { progress: EngineProgress | undefined }) {
  const text = useMessages(standaloneMessages);
  const downloading = progress !== undefined && (progress.total === null || progress.loaded < progress.total);
  if (!downloading) return <Loading label={text.starting} />;
  const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  return (
    <section class="notice" aria-labelledby="engine-download">
      <h1 id="engine-download">{text.downloadTitle}</h1>
      <p>{text.downloadHint}</p>
      {progress.total === null ? (
        <progress aria-labelledby="engine-download" />
      ) : (
        <progress aria-labelledby="engine-download" value={progress.loaded} max={progress.total} />
      )}
      <p role="status">
        {progress.total === null
          ? text.downloaded(megabytes(progress.loaded))
          : text.downloadedOf(megabytes(progress.loaded), megabytes(progress.total))}
      </p>
    </section>
  );
}

function ElsewhereNotice({ onSwitch }: { onSwitch: () => void }) {
  const text = useMessages(standaloneMessages);
  return (
    <section class="notice" aria-labelledby="elsewhere-title">
      <h1 id="elsewhere-title">{text.elsewhere}</h1>
      <p>{text.elsewhereHint}</p>
      <button type="button" class="button" onClick={onSwitch}>
        {text.switchHere}
      </button>
    </section>
  );
}

/** A newer version is installed and waiting: switch to it when the person says so. */
function UpdatePrompt({ onUpdate }: { onUpdate: () => void }) {
  return (
    <LocaleProvider>
      <UpdateNotice onUpdate={onUpdate} />
    </LocaleProvider>
  );
}

function UpdateNotice({ onUpdate }: { onUpdate: () => void }) {
  const text = useMessages(standaloneMessages);
  return (
    <p class="notice" role="status">
      {text.updateReady}{' '}
      <button type="button" class="button button-secondary" onClick={onUpdate}>
        {text.updateNow}
      </button>
    </p>
  );
}

/** WeChat's browser may clear site data at any time: say so first, in words, before anything else. */
function WeChatNotice() {
  return (
    <LocaleProvider>
      <WeChatText />
    </LocaleProvider>
  );
}

function WeChatText() {
  const text = useMessages(standaloneMessages);
  return (
    <section class="notice notice-warn" role="alert" aria-labelledby="wechat-title">
      <h2 id="wechat-title">{text.wechatTitle}</h2>
      <p>{text.wechat}</p>
    </section>
  );
}
