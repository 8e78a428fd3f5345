import type { Page } from 'playwright-core';
import type { PageElement, PageStyle, PageWindow } from './page-globals.js';

/** What a keyboard user can reach: links, form controls, disclosures and anything made tabbable. */
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]';

export interface KeyboardReport {
  /** Every visible, enabled interactive element of the screen, described. */
  interactive: string[];
  /** The focus order Tab produced (one lap). */
  order: string[];
  /** Interactive elements Tab never reached. */
  missed: string[];
  /** Elements that took focus without a visible outline or box shadow. */
  noIndicator: string[];
}

interface KeyboardState {
  keyOf: (element: PageElement) => string;
  /** Outline and box shadow of the element, its labels and two ancestors, in that order. */
  styles: (element: PageElement) => PageStyle[];
  unfocused: Map<PageElement, PageStyle[]>;
}

type KeyboardPage = PageWindow & { __e2eKeyboard?: KeyboardState };

/** Blurs whatever has focus and lists the interactive elements with their unfocused styles. */
function collect(selector: string): string[] {
  const page = globalThis as unknown as KeyboardPage;
  page.document.activeElement?.blur();
  const describe = (element: PageElement): string => {
    const labelled =
      element.getAttribute('aria-label') ??
      Array.from(element.labels ?? [])
        .map((label) => label.textContent ?? '')
        .join(' ');
    const name = (labelled || element.textContent || element.getAttribute('placeholder') || element.id)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    const type = element.getAttribute('type');
    return `<${element.tagName.toLowerCase()}${type ? ` type=${type}` : ''}> "${name}"`;
  };
  const elements = Array.from(page.document.querySelectorAll(selector)).filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      element.closest('[inert]') === null &&
      element.checkVisibility({ checkVisibilityCSS: true }),
  );
  // Numbered, so two links with the same text are two things to reach. A radio group is one tab
  // stop (arrow keys move inside it), so the group is what must be reached.
  const keyOf = (element: PageElement): string => {
    const name = element.getAttribute('name');
    if (element.matches('input[type=radio]') && name) return `radio group "${name}"`;
    const index = elements.indexOf(element);
    return index < 0 ? `(not listed) ${describe(element)}` : `#${index + 1} ${describe(element)}`;
  };
  const styles = (element: PageElement): PageStyle[] => {
    const nodes = [element, ...Array.from(element.labels ?? [])];
    if (element.parentElement) nodes.push(element.parentElement);
    if (element.parentElement?.parentElement) nodes.push(element.parentElement.parentElement);
    return nodes.map((node) => {
      const style = page.getComputedStyle(node);
      return {
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    });
  };
  const unfocused = new Map(elements.map((element) => [element, styles(element)]));
  page.__e2eKeyboard = { keyOf, styles, unfocused };
  return [...new Set(elements.map(keyOf))];
}

/** Where focus is now, and whether it shows: an outline or box shadow that was not there unfocused. */
function focused(): { key: string; visible: boolean } | null {
  const page = globalThis as unknown as KeyboardPage;
  const state = page.__e2eKeyboard;
  const active = page.document.activeElement;
  if (state === undefined || active === null || active.matches('body')) return null;
  const now = state.styles(active);
  const before = state.unfocused.get(active);
  const shows = (style: PageStyle) =>
    (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
    style.boxShadow !== 'none';
  const visible = now.some((style, index) => {
    const was = before?.[index];
    const changed = was === undefined || JSON.stringify(was) !== JSON.stringify(style);
    return changed && shows(style);
  });
  return { key: state.keyOf(active), visible };
}

/**
 * The most Tab presses focus may stay on one control: Chromium's datetime-local takes seven Tab
 * stops (month, day, year, hour, minute, AM/PM and the picker button), six after the first.
 */
const MAX_FIELD_PARTS = 6;

/**
 * Presses Tab until focus comes back to where it started (bounded), and reports which interactive
 * elements were never reached and which showed no focus indicator.
 */
export async function checkKeyboard(page: Page): Promise<KeyboardReport> {
  const interactive = await page.evaluate(collect, INTERACTIVE);
  const order: string[] = [];
  const noIndicator = new Set<string>();
  // Two laps' worth of presses is enough for any order, including a pass through the empty document,
  // plus the extra presses date fields take (Chromium tabs through year, month and day).
  const limit = interactive.length * 6 + 10;
  let stay = 0;
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(focused);
    if (now === null) continue;
    // Checked before the lap: when the walk starts in a date field (focus resumes after the
    // heading), its next part is the same element, not the way back to the start.
    if (now.key === order.at(-1)) {
      // A date or time field keeps focus for one Tab per part; focus that stays longer than any
      // field has parts is a keyboard trap: whatever comes after it is never reached.
      stay++;
      if (stay > MAX_FIELD_PARTS) break;
      continue;
    }
    if (order.length > 0 && now.key === order[0]) break;
    stay = 0;
    order.push(now.key);
    if (!now.visible) noIndicator.add(now.key);
  }
  const reached = new Set(order);
  return {
    interactive,
    order,
    missed: interactive.filter((key) => !reached.has(key)),
    noIndicator: [...noIndicator],
  };
}

/** Fails unless every interactive element is reached by Tab and shows where focus is. */
export async function assertKeyboardReachable(page: Page, screen: string): Promise<KeyboardReport> {
  const report = await checkKeyboard(page);
  const problems = [
    ...report.missed.map((key) => `  - not reachable with Tab: ${key}`),
    ...report.noIndicator.map((key) => `  - no visible focus indicator: ${key}`),
  ];
  if (problems.length > 0) {
    throw new Error(
      `keyboard check failed on ${screen}:\n${problems.join('\n')}\nfocus order: ${report.order.join(' → ')}`,
    );
  }
  return report;
}
