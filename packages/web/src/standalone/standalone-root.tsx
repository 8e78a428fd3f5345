import { useEffect, useState } from 'preact/hooks';
import { App } from '../app';
import { deviceFacts, isWeChat } from '../device/device-checks';
import { LocaleProvider } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { ErrorNotice } from '../ui/async-state';
import { claimDatabase, type EngineProgress, type EngineStatus, takeOver } from './engine';
import { standaloneMessages } from './messages';
import { registerOffline } from './offline';

/**
 * The standalone build's root. The app renders as soon as this tab has the database's lock, before
 * the engine answers: the start screen, the triage and the screens that need no case work at once,
 * and a request made meanwhile waits for the engine (engine.ts), under a line that says how far it
 * is. Another tab that has the database gets a notice instead, with a button to move it here.
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
  if (error === undefined && (status === 'opening' || status === 'here'))
    return (
      <>
        {inWeChat && <WeChatNotice />}
        {update && <UpdatePrompt onUpdate={update} />}
        {status === 'opening' && <EngineOpening progress={progress} />}
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
          <EngineProgressLine progress={undefined} />
        ) : (
          <ElsewhereNotice onSwitch={() => takeOver().catch(setError)} />
        )}
      </main>
    </LocaleProvider>
  );
}

function EngineOpening({ progress }: { progress: EngineProgress | undefined }) {
  return (
    <LocaleProvider>
      <EngineProgressLine progress={progress} />
    </LocaleProvider>
  );
}

/**
 * Above the app while the engine starts: on a first visit its download as a progress bar (about
 * 16 MB, once), then "opening the data" while the database starts and migrates.
 */
function EngineProgressLine({ progress }: { progress: EngineProgress | undefined }) {
  const text = useMessages(standaloneMessages);
  const downloading = progress !== undefined && (progress.total === null || progress.loaded < progress.total);
  if (!downloading)
    return (
      <p class="engine-progress" role="status">
        {text.starting}
      </p>
    );
  const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  return (
    <section class="engine-progress" aria-labelledby="engine-download">
      <h2 id="engine-download">{text.downloadTitle}</h2>
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
