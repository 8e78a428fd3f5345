import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (`#/plan`): the server serves one page, and a reload or a bookmark lands on the
 * same screen without server-side routing. A route is a path plus optional segments (`#/intake/d1`).
 */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function navigate(path: string): void {
  if (currentPath() !== path) window.location.hash = path;
}

export function useCurrentPath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return path;
}

/** An in-app link: a real `<a href="#/…">`, so it works with the keyboard, middle-click and screen readers. */
export function hrefTo(path: string): string {
  return `#${path}`;
}
