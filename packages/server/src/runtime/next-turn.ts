/**
 * A turn of the event loop: resolves after the tasks already waiting (other requests, I/O) have run.
 * Long loops whose steps all resolve as promises await it between steps, or they would run as one
 * chain of microtasks and hold every other request. Node has setImmediate; a browser's worker has
 * none, and its setTimeout(0) waits at least 1 ms once nested (and 4 ms in some), so a message to
 * itself through a MessageChannel is the turn there.
 */
export const nextTurn: () => Promise<void> =
  typeof globalThis.setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : messageChannelTurn();

function messageChannelTurn(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.addEventListener('message', () => waiting.shift()?.());
  channel.port1.start();
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
