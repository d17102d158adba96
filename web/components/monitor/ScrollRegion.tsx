import type { ReactNode } from 'react';

/**
 * A wide table's scroll box. It can take focus, so a keyboard user scrolls it with the arrow
 * keys (WCAG 2.1.1), and is named for the screen reader that lands on it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
