import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure, getText } from '../../api/client';

export interface DocumentText {
  text: string | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads a document's Markdown and loads it again when the path or the case's save counter
 * changes. An answer to an older path is dropped, so a quick change of debt never shows the
 * previous debt's letter.
 */
export function useDocumentText(path: string | null, version: number): DocumentText {
  const [state, setState] = useState<{ text?: string; error?: ApiFailure; loading: boolean }>({
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState({ loading: true });
    getText(path).then(
      (text) => current && setState({ text, loading: false }),
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
  return { text: state.text, error: state.error, loading: state.loading, reload };
}
