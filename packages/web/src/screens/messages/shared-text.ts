/**
 * Text shared into the installed app from another one (the manifest's `share_target`, Android):
 * `?share_title=…&share_text=…` on the start URL. Taken once — the address is cleaned so that a
 * reload does not paste it again.
 */
export function takeSharedText(location: Location, history: History): string {
  const params = new URLSearchParams(location.search);
  if (!params.has('share_text') && !params.has('share_title')) return '';
  history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
  return [params.get('share_title'), params.get('share_text')]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join('\n');
}

/** Whether the page was opened by a share (then the message inbox is where the text goes). */
export function openedByShare(search: string): boolean {
  return /[?&]share_(text|title)=/.test(search);
}
