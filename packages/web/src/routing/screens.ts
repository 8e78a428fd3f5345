import type { ComponentType } from 'preact';

/** A screen is loaded on first visit, so the first page carries only the shell and that screen. */
export interface ScreenEntry {
  path: string;
  /** Shown in the navigation; the shell's catalog names it. */
  nav:
    | 'start'
    | 'overview'
    | 'budget'
    | 'plan'
    | 'negotiate'
    | 'documents'
    | 'reminders'
    | 'rights'
    | 'privacy'
    | 'backup'
    | null;
  /** Needs a current case (otherwise the shell sends the person to the start screen). */
  needsCase: boolean;
  load: () => Promise<{ default: ComponentType<{ rest: string }> }>;
}

export const SCREENS: readonly ScreenEntry[] = [
  { path: '/start', nav: 'start', needsCase: false, load: () => import('../screens/start/start-screen') },
  { path: '/intake', nav: null, needsCase: true, load: () => import('../screens/intake/intake-screen') },
  {
    path: '/overview',
    nav: 'overview',
    needsCase: true,
    load: () => import('../screens/overview/overview-screen'),
  },
  { path: '/budget', nav: 'budget', needsCase: true, load: () => import('../screens/budget/budget-screen') },
  { path: '/plan', nav: 'plan', needsCase: true, load: () => import('../screens/plan/plan-screen') },
  {
    path: '/negotiate',
    nav: 'negotiate',
    needsCase: true,
    load: () => import('../screens/negotiate/negotiate-screen'),
  },
  {
    path: '/payment-order',
    nav: null,
    needsCase: false,
    load: () => import('../screens/payment-order/payment-order-screen'),
  },
  {
    path: '/collector-check',
    nav: null,
    needsCase: false,
    load: () => import('../screens/collector-check/collector-check-screen'),
  },
  {
    path: '/progress',
    nav: null,
    needsCase: true,
    load: () => import('../screens/progress/progress-screen'),
  },
  {
    path: '/messages',
    nav: null,
    needsCase: true,
    load: () => import('../screens/messages/messages-screen'),
  },
  {
    path: '/documents',
    nav: 'documents',
    needsCase: true,
    load: () => import('../screens/documents/documents-screen'),
  },
  {
    path: '/reminders',
    nav: 'reminders',
    needsCase: true,
    load: () => import('../screens/reminders/reminders-screen'),
  },
  { path: '/rights', nav: 'rights', needsCase: false, load: () => import('../screens/rights/rights-screen') },
  {
    path: '/privacy',
    nav: 'privacy',
    needsCase: false,
    load: () => import('../screens/privacy/privacy-screen'),
  },
  { path: '/backup', nav: 'backup', needsCase: false, load: () => import('../screens/backup/backup-screen') },
  { path: '/clients', nav: null, needsCase: false, load: () => import('../screens/clients/clients-screen') },
  { path: '/lpr', nav: null, needsCase: false, load: () => import('../screens/lpr/lpr-screen') },
];

/** `/intake/d2/principal` → the intake entry and `d2/principal`. */
export function matchScreen(path: string): { entry: ScreenEntry; rest: string } | undefined {
  for (const entry of SCREENS) {
    if (path === entry.path) return { entry, rest: '' };
    if (path.startsWith(`${entry.path}/`)) return { entry, rest: path.slice(entry.path.length + 1) };
  }
  return undefined;
}
