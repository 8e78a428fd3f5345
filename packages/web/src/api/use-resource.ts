import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads a resource with `load` (a call of `api` through expectOk) and loads it again when one of
 * `keys` changes (the case id, the language, the case's save counter), so a screen always shows
 * the case as saved. `load` null means "nothing to load".
 */
export function useResource<T>(load: (() => Promise<T>) | null, keys: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiFailure; loading: boolean }>({
    loading: load !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (load === null) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          loading: false,
          error: error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)),
        }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function on every render: `keys` name what it reads.
  }, [load === null, tick, ...keys]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
