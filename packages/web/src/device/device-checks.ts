/**
 * What the browser is, as far as it matters for keeping a person's data: iOS Safari deletes the
 * data of a site not added to the home screen after 7 days without use, and WeChat's built-in
 * browser may clear it at any time. Read from the user agent and display mode only.
 */
export interface DeviceFacts {
  userAgent: string;
  /** iPadOS reports itself as a Mac; a Mac has no touch points. */
  maxTouchPoints: number;
  /** `display-mode: standalone` matches, or Safari's own `navigator.standalone`. */
  installed: boolean;
}

export function isWeChat({ userAgent }: DeviceFacts): boolean {
  return /MicroMessenger/i.test(userAgent);
}

export function isIos({ userAgent, maxTouchPoints }: DeviceFacts): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** On iOS, not opened from the home screen: the 7-day deletion applies. */
export function needsHomeScreen(facts: DeviceFacts): boolean {
  return isIos(facts) && !facts.installed && !isWeChat(facts);
}

/** The facts of this page's browser. */
export function deviceFacts(): DeviceFacts {
  const safari = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    installed:
      globalThis.matchMedia?.('(display-mode: standalone)').matches === true || safari.standalone === true,
  };
}
