import type { AccountJson, HealthJson } from '@shangan/contract';
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { ApiFailure, api, apiInThisBrowser, expectOk } from '../api/client';
import { LazyScreen } from '../routing/lazy-screen';
import type { ScreenEntry } from '../routing/screens';
import { ErrorNotice, Loading } from '../ui/async-state';

export interface Session {
  auth: HealthJson['auth'];
  /** Who is using the app: everyone is "the person" in local mode; accounts mode signs people in. */
  account: AccountJson | undefined;
  signedIn: (account: AccountJson) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

const LOGIN: ScreenEntry = {
  path: '/login',
  nav: null,
  needsCase: false,
  load: () => import('../screens/login/login-screen'),
};

/**
 * Asks the server which mode it runs in. Local mode goes straight in; accounts mode shows the
 * login screen until a session exists. Children (the case, the screens) mount only once known.
 * The standalone build is local mode by construction (server/embedded.ts): it goes in without
 * asking, so the app renders while the engine in this browser is still starting.
 */
export function SessionGate({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<{ auth?: HealthJson['auth']; account?: AccountJson; error?: Error }>(
    () => (apiInThisBrowser() ? { auth: 'local' } : {}),
  );
  const check = useCallback(async () => {
    if (apiInThisBrowser()) return;
    try {
      const health = await expectOk(api.health.$get());
      if (health.auth === 'local') return setState({ auth: 'local' });
      try {
        setState({ auth: 'accounts', account: await expectOk(api.auth.me.$get()) });
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 401) setState({ auth: 'accounts' });
        else throw error;
      }
    } catch (error) {
      setState({ error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, []);
  useEffect(() => {
    check();
  }, [check]);
  const signedIn = useCallback((account: AccountJson) => setState({ auth: 'accounts', account }), []);
  const signOut = useCallback(async () => {
    await expectOk(api.auth.logout.$post());
    setState({ auth: 'accounts' });
  }, []);
  const value = useMemo<Session | undefined>(
    () => state.auth && { auth: state.auth, account: state.account, signedIn, signOut },
    [state, signedIn, signOut],
  );
  if (state.error) return <ErrorNotice error={state.error} onRetry={check} />;
  if (value === undefined) return <Loading />;
  const needsLogin = value.auth === 'accounts' && value.account === undefined;
  return (
    <SessionContext.Provider value={value}>
      {needsLogin ? (
        <main id="main" class="main">
          <LazyScreen entry={LOGIN} rest="" />
        </main>
      ) : (
        children
      )}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error('useSession outside SessionGate');
  return value;
}
