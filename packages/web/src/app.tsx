import { useEffect, useRef, useState } from 'preact/hooks';
import { apiInThisBrowser } from './api/client';
import { BackupReminderNotice } from './case/backup-reminder-notice';
import { ConflictNotice } from './case/conflict-notice';
import { CaseProvider, caseRememberedOnThisDevice, useCurrentCase } from './case/current-case';
import { LocaleProvider, useLocale } from './i18n/locale';
import { useMessages } from './i18n/messages';
import { LazyScreen } from './routing/lazy-screen';
import { currentPath, hrefTo, useCurrentPath } from './routing/router';
import { matchScreen, SCREENS } from './routing/screens';
import { SessionGate, useSession } from './session/session';
import { shellMessages } from './shell-messages';
import { ErrorNotice, Loading } from './ui/async-state';

export function App() {
  return (
    <LocaleProvider>
      <SessionGate>
        <CaseProvider>
          <Shell />
        </CaseProvider>
      </SessionGate>
    </LocaleProvider>
  );
}

/** Header (language, quick hide), navigation, the current screen, and the one "not a lawyer" line. */
function Shell() {
  const text = useMessages(shellMessages);
  const path = useCurrentPath();
  const [hidden, setHidden] = useState(false);
  const main = useRef<HTMLElement>(null);
  // A new screen: start at its top, with focus on the content so screen readers read it next.
  useEffect(() => {
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [path]);
  useEffect(() => {
    document.title = hidden ? text.hiddenTitle : `${text.brand} · ${text.tagline}`;
  }, [hidden, text]);
  if (hidden) return <HiddenPage onBack={() => setHidden(false)} />;
  return (
    <div class="shell">
      {/* A button, not a #main link: the hash holds the route. */}
      <button type="button" class="skip-link" onClick={() => main.current?.focus()}>
        {text.skip}
      </button>
      <header class="header no-print">
        <a class="brand" href={hrefTo('/')}>
          {text.brand}
          <span class="brand-tagline">{text.tagline}</span>
        </a>
        <div class="header-actions">
          <LanguageSwitch />
          <SignOut />
          <button
            type="button"
            class="button button-hide"
            aria-label={text.quickHideLabel}
            onClick={() => {
              history.replaceState(null, '', window.location.pathname);
              setHidden(true);
            }}
          >
            {text.quickHide}
          </button>
        </div>
      </header>
      <Navigation path={path} />
      <main id="main" class="main" tabIndex={-1} ref={main}>
        <ConflictNotice />
        <BackupReminderNotice />
        <Route path={path} />
      </main>
      <footer class="footer no-print">
        <p>{text.notLawyer}</p>
        <LocalOnlyLine />
      </footer>
    </div>
  );
}

function Navigation({ path }: { path: string }) {
  const text = useMessages(shellMessages);
  const session = useSession();
  return (
    <nav class="nav no-print" aria-label={text.navLabel}>
      <ul>
        {SCREENS.flatMap((entry) =>
          entry.nav === null
            ? []
            : [
                <li key={entry.path}>
                  <a
                    href={hrefTo(entry.path)}
                    aria-current={
                      path === entry.path || path.startsWith(`${entry.path}/`) ? 'page' : undefined
                    }
                  >
                    {text.nav[entry.nav]}
                  </a>
                </li>,
              ],
        )}
        {session.account?.role === 'advisor' && (
          <li>
            <a href={hrefTo('/clients')} aria-current={path === '/clients' ? 'page' : undefined}>
              {text.clients}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** `/` goes to the overview when a case exists, otherwise to the start. */
function Route({ path }: { path: string }) {
  const text = useMessages(shellMessages);
  const current = useCurrentCase();
  if (current.status === 'loading') return <RouteWhileLoading path={path} />;
  if (current.status === 'error') return <ErrorNotice error={new Error(current.error ?? '')} />;
  if (path === '/') return <Redirect to={current.status === 'ready' ? '/overview' : '/start'} />;
  const match = matchScreen(path);
  if (match === undefined) return <p role="alert">{text.notFound}</p>;
  if (match.entry.needsCase && current.status !== 'ready') {
    return (
      <div class="notice">
        <p>{text.noCase}</p>
        <a class="button" href={hrefTo('/start')}>
          {text.nav.start}
        </a>
      </div>
    );
  }
  return <LazyScreen entry={match.entry} rest={match.rest} />;
}

/**
 * While the case loads (in the standalone build: while the engine in this browser starts, which
 * takes seconds), the screens that need no case already work; `/` opens the start screen when no
 * case is remembered in this browser.
 */
function RouteWhileLoading({ path }: { path: string }) {
  const match = path === '/' ? undefined : matchScreen(path);
  if (match !== undefined && !match.entry.needsCase)
    return <LazyScreen entry={match.entry} rest={match.rest} />;
  if (path === '/' && apiInThisBrowser() && !caseRememberedOnThisDevice()) return <Redirect to="/start" />;
  return <Loading />;
}

/**
 * Replaces `/` in the history (so Back does not bounce), unless the address already moved on —
 * a link or a test may set a route while the case is still loading.
 */
function Redirect({ to }: { to: string }) {
  useEffect(() => {
    if (currentPath() === '/') window.location.replace(hrefTo(to));
  }, [to]);
  return <Loading />;
}

function LanguageSwitch() {
  const text = useMessages(shellMessages);
  const { locale, setLocale } = useLocale();
  return (
    <button
      type="button"
      class="button button-quiet"
      lang={locale === 'zh' ? 'en' : 'zh-CN'}
      aria-label={text.switchLanguageLabel}
      onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
    >
      {text.switchLanguage}
    </button>
  );
}

function SignOut() {
  const text = useMessages(shellMessages);
  const session = useSession();
  if (session.account === undefined) return null;
  return (
    <button type="button" class="button button-quiet" onClick={() => session.signOut()}>
      {text.signOut}
    </button>
  );
}

function LocalOnlyLine() {
  const text = useMessages(shellMessages);
  return useSession().auth === 'local' ? <p>{text.localOnly}</p> : null;
}

/** What quick hide shows: a plain notepad page with nothing about debts, and a way back. */
function HiddenPage({ onBack }: { onBack: () => void }) {
  const text = useMessages(shellMessages);
  return (
    <main class="hidden-page">
      <h1>{text.hiddenTitle}</h1>
      <textarea aria-label={text.hiddenTitle} rows={12} />
      <button type="button" class="button button-quiet" onClick={onBack}>
        {text.hiddenBack}
      </button>
    </main>
  );
}
