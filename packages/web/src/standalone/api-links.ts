/**
 * Links to the API (`hrefOf`: an export, an evidence file, a Word letter, the calendar file) are
 * followed by the browser itself, past the client's transport, and a static server has no
 * `/api/…`. In the standalone build a click on such a link is answered by the API worker instead:
 * the response becomes a `blob:` URL, downloaded under the name the API or the link gives it.
 */
export function answerApiLinks(send: typeof fetch): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    void download(send, url, link.getAttribute('download'));
  });
}

async function download(send: typeof fetch, url: URL, linkName: string | null): Promise<void> {
  const response = await send(url);
  if (!response.ok) {
    // The API's own words for what went wrong (its error body, in the page's language).
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    window.alert(body?.error?.message ?? `HTTP ${response.status}`);
    return;
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const save = document.createElement('a');
  save.href = href;
  save.download = fileNameOf(response.headers.get('content-disposition')) ?? (linkName || defaultName(url));
  document.body.append(save);
  save.click();
  save.remove();
  // The download has taken its copy once the click is handled; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The file name a Content-Disposition gives: RFC 5987's `filename*` first, else `filename`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (disposition === null) return undefined;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1];
}

function defaultName(url: URL): string {
  return url.pathname.split('/').pop() || 'download';
}
