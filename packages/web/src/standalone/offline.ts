/**
 * Registers the build's service worker (sw.js, written by vite-offline-shell.ts; ADR 0032), which
 * keeps the whole app for use with the network off. A new version installs in the background and
 * waits: `onUpdate` is given the function that switches to it, and the page reloads once it has.
 */
export function registerOffline(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  // The first visit's worker takes control without a reload; only a switch to a newer one reloads.
  const updating = navigator.serviceWorker.controller !== null;
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!updating || reloaded) return;
    reloaded = true;
    location.reload();
  });
  const offer = (waiting: ServiceWorker | null) => {
    if (waiting !== null && navigator.serviceWorker.controller !== null)
      onUpdate(() => waiting.postMessage('update-now'));
  };
  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => {
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
    })
    // Without a service worker the app still works online; nothing to tell the person here.
    .catch(() => undefined);
}
