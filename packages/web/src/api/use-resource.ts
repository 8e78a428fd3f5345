import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure, getJson } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads a JSON resource and reloads it when `path` or `version` changes (the case's save counter),
 * so a screen always shows the numbers of the case as saved. `path` null means "nothing to load".
 */
export function useResource<T>(path: string | null, version = 0): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiFailure; loading: boolean }>({
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    getJson<T>(path).then(
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
  }, [path, version, tick]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
