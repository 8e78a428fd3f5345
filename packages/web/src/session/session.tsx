import type { HealthBody } from '@shangan/server';
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { ApiFailure, getJson, sendJson } from '../api/client';
import { LazyScreen } from '../routing/lazy-screen';
import type { ScreenEntry } from '../routing/screens';
import { ErrorNotice, Loading } from '../ui/async-state';

/** Who is using the app: everyone is "the person" in local mode; accounts mode signs people in. */
export interface Account {
  email: string;
  role: 'client' | 'advisor';
}

export interface Session {
  auth: HealthBody['auth'];
  account: Account | undefined;
  signedIn: (account: Account) => void;
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
 */
export function SessionGate({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<{ auth?: HealthBody['auth']; account?: Account; error?: Error }>({});
  const check = useCallback(async () => {
    try {
      const health = await getJson<HealthBody>('/api/health');
      if (health.auth === 'local') return setState({ auth: 'local' });
      try {
        setState({ auth: 'accounts', account: await getJson<Account>('/api/auth/me') });
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
  const signedIn = useCallback((account: Account) => setState({ auth: 'accounts', account }), []);
  const signOut = useCallback(async () => {
    await sendJson('POST', '/api/auth/logout');
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
