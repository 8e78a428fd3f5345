import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../ui/async-state';
import type { ScreenEntry } from './screens';

const loaded = new Map<string, ComponentType<{ rest: string }>>();

/** Renders a screen, loading its code on first visit (with a progress line while it loads). */
export function LazyScreen({ entry, rest }: { entry: ScreenEntry; rest: string }) {
  const [Screen, setScreen] = useState(() => loaded.get(entry.path));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const known = loaded.get(entry.path);
    if (known) {
      setScreen(() => known);
      return;
    }
    let current = true;
    entry.load().then(
      (module) => {
        loaded.set(entry.path, module.default);
        if (current) setScreen(() => module.default);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [entry]);
  if (failed)
    return <p role="alert">页面加载失败，请刷新重试 (could not load this screen; reload to retry)</p>;
  return Screen ? <Screen rest={rest} /> : <Loading />;
}
