import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** Heading level: 2 on a page with its own h1 (the default). */
  level?: 2 | 3;
}

/**
 * What a page shows when there is nothing yet: it says what will appear here, where it
 * comes from, and the one action that makes it appear.
 */
export function EmptyState({ title, children, actions, level = 2 }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state" aria-label={title}>
      <Heading>{title}</Heading>
      <div className="empty-state__body">{children}</div>
      {actions ? <div className="empty-state__actions cluster">{actions}</div> : null}
    </section>
  );
}
