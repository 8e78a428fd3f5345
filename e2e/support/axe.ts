import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, plus axe's best practices (one h1, landmarks, …). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Impacts that fail the run (acceptance line 3); minor and moderate ones are only reported. */
const BLOCKING = new Set(['serious', 'critical']);

type AxeInPage = { axe?: { run: (options: RunOptions) => Promise<AxeResults> } };

/**
 * Runs axe-core on the page as it is now and returns its violations. axe is injected through
 * `page.evaluate` (the DevTools protocol), which the app's CSP does not govern: a `<script>` tag
 * would be refused by `default-src 'self'`.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => (globalThis as AxeInPage).axe !== undefined);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = globalThis as AxeInPage;
    if (axe === undefined) throw new Error('axe-core did not load into the page');
    const results = await axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations;
  }, AXE_TAGS);
}

/** One line per violation and element: rule, impact, selector, what to do. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `  - ${violation.id} [${node.impact ?? violation.impact ?? 'unknown'}] ${node.target.join(' ')}: ${violation.help} (${violation.helpUrl})`,
      ),
    )
    .join('\n');
}

/** Fails on any serious or critical violation, listing each; returns the minor/moderate ones. */
export async function assertAccessible(page: Page, screen: string): Promise<Result[]> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  if (blocking.length > 0) {
    throw new Error(
      `axe-core found serious or critical violations on ${screen}:\n${describeViolations(blocking)}`,
    );
  }
  return violations;
}
