import type { ComponentChildren } from 'preact';

/**
 * A table that may scroll sideways on a phone. The region is focusable and named so keyboard users
 * can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
