/**
 * Whether this page is the standalone build (the API in a worker of this browser, ADR 0030) rather
 * than a page of a 上岸 server. The standalone entry says so before the first render; screens that
 * speak of where the data is, or of the browser keeping it, read it.
 */
let standalone = false;

export function markStandalone(): void {
  standalone = true;
}

export function isStandalone(): boolean {
  return standalone;
}
