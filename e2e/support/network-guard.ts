import type { BrowserContext } from 'playwright-core';
import type { PageCspEvent, PageWindow } from './page-globals.js';

/** What the guard saw go wrong, by kind; all empty means the pages behaved. */
export interface GuardFindings {
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export interface NetworkGuard {
  /** Every URL requested by any page of the context, in order. */
  readonly requests: readonly string[];
  findings(): GuardFindings;
  /** Throws, listing every finding, unless there are none (privacy and CSP: acceptance line 4). */
  assertClean(): void;
}

const BINDING = '__shanganCspViolation';

/** URLs that are neither the app's own origin nor local `data:`/`blob:` ones. */
export function foreignUrls(urls: readonly string[], base: string): string[] {
  const own = new URL(base).origin;
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== own;
    } catch {
      return true;
    }
  });
}

/**
 * Watches every page of `context`: requests, console errors, uncaught errors and CSP violations
 * (reported from the page's `securitypolicyviolation` event). Console errors matching one of
 * `allowConsole` (tested against "text (url)") are expected ones, e.g. a 401 before signing in.
 */
export async function guardNetwork(
  context: BrowserContext,
  base: string,
  options: { allowConsole?: readonly RegExp[] } = {},
): Promise<NetworkGuard> {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const line = `${message.text()} (${message.location().url})`;
    if (!(options.allowConsole ?? []).some((pattern) => pattern.test(line))) consoleErrors.push(line);
  });
  context.on('weberror', (error) => {
    pageErrors.push(error.error().stack ?? error.error().message);
  });
  await context.exposeBinding(BINDING, (_source, line: string) => {
    cspViolations.push(line);
  });
  // Init scripts and bindings come through the DevTools protocol, so the page's CSP does not block them.
  await context.addInitScript((binding: string) => {
    const page = globalThis as unknown as PageWindow & Record<string, (line: string) => void>;
    page.document.addEventListener('securitypolicyviolation', (event: PageCspEvent) => {
      page[binding]?.(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  }, BINDING);
  const findings = (): GuardFindings => ({
    foreignRequests: foreignUrls(requests, base),
    consoleErrors: [...consoleErrors],
    pageErrors: [...pageErrors],
    cspViolations: [...cspViolations],
  });
  return {
    requests,
    findings,
    assertClean() {
      const entries: [string, string[]][] = Object.entries(findings());
      const found = entries.filter(([, lines]) => lines.length > 0);
      if (found.length === 0) return;
      const report = found.map(
        ([kind, lines]) => `${kind}:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
      );
      throw new Error(`the pages did something they must not:\n${report.join('\n')}`);
    },
  };
}
