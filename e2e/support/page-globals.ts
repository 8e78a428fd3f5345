/**
 * The few browser APIs the code run inside the page (`page.evaluate`) uses. The root tsconfig
 * type-checks Node code without the DOM library, so these are declared here, just as used.
 */
export interface PageStyle {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
}

export interface PageElement {
  tagName: string;
  id: string;
  tabIndex: number;
  textContent: string | null;
  parentElement: PageElement | null;
  labels?: ArrayLike<PageElement> | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  checkVisibility(options?: { checkOpacity?: boolean; checkVisibilityCSS?: boolean }): boolean;
  blur(): void;
  compareDocumentPosition(other: PageElement): number;
  contains(other: PageElement | null): boolean;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
}

export interface PageWindow {
  document: {
    documentElement: { lang: string };
    activeElement: PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    elementFromPoint(x: number, y: number): PageElement | null;
    addEventListener(type: string, listener: (event: PageCspEvent) => void): void;
  };
  getComputedStyle(element: PageElement): PageStyle;
  innerWidth: number;
  innerHeight: number;
  performance: { now(): number };
}

export interface PageCspEvent {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

/** A message event as the page's workers and ports deliver it. */
export interface PageMessageEvent<T = unknown> {
  data: T;
}

/** A MessagePort of the page (one end of a MessageChannel). */
export interface PagePort {
  onmessage: ((event: PageMessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: unknown[]): void;
}

/** A dedicated Worker of the page. */
export interface PageWorker {
  onmessage: ((event: PageMessageEvent) => void) | null;
  onerror: ((event: { message: string }) => void) | null;
  postMessage(message: unknown, transfer?: unknown[]): void;
  terminate(): void;
}

/** The page's globals that start and talk to a worker (worker-local-app.ts). */
export interface PageWorkerGlobals {
  Worker: new (url: string, options: { type: 'module'; name: string }) => PageWorker;
  MessageChannel: new () => { port1: PagePort; port2: PagePort };
  apiWorker?: PageWorker;
}
