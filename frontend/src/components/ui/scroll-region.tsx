import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways on narrow screens (wide tables). It is a labelled, focusable
 * region so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
