import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../ui/async-state';
import type { ScreenEntry } from './screens';

type Screen = ComponentType<{ rest: string }>;

const loaded = new Map<string, Screen>();

/**
 * Renders a screen, loading its code on first visit (with a progress line while it loads). The
 * previous screen is never left on display under the new screen's address.
 */
export function LazyScreen({ entry, rest }: { entry: ScreenEntry; rest: string }) {
  const [shown, setShown] = useState<{ path: string; Screen: Screen } | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  useEffect(() => {
    const known = loaded.get(entry.path);
    if (known) {
      setShown({ path: entry.path, Screen: known });
      return;
    }
    let current = true;
    entry.load().then(
      (module) => {
        loaded.set(entry.path, module.default);
        if (current) setShown({ path: entry.path, Screen: module.default });
      },
      () => current && setFailed(entry.path),
    );
    return () => {
      current = false;
    };
  }, [entry]);
  if (failed === entry.path) {
    return <p role="alert">页面加载失败，请刷新重试 (could not load this screen; reload to retry)</p>;
  }
  const Screen = shown?.path === entry.path ? shown.Screen : loaded.get(entry.path);
  return Screen ? <Screen rest={rest} /> : <Loading />;
}
