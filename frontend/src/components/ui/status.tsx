import type { ReactNode } from 'react';
import { isApiError } from '@/lib/api-error';
import { Button } from './button';

/** A polite, announced loading message. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="status-message" role="status">
      {label}
    </p>
  );
}

/** An error from a query, said plainly, with a retry where one can help. */
export function QueryError({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const message = isApiError(error) ? error.message : 'Something went wrong.';
  return (
    <div className="notice notice--danger" role="alert">
      <p>
        <strong>{title ?? 'This could not be loaded.'}</strong> {message}
      </p>
      {onRetry ? (
        <Button variant="secondary" small onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}

export function Notice({
  tone = 'info',
  children,
  role,
}: {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  children: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={tone === 'info' ? 'notice' : `notice notice--${tone}`} role={role}>
      {children}
    </div>
  );
}

export function Badge({ tone, children }: { tone?: 'accent' | 'success' | 'danger' | 'warning'; children: ReactNode }) {
  return <span className={tone ? `badge badge--${tone}` : 'badge'}>{children}</span>;
}
