import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Afterword`;
  }, [title]);

  return (
    <main className="auth-layout">
      <div className="auth-layout__card">
        <Link to="/" className="brand auth-layout__brand" aria-label="Afterword home">
          Afterword
        </Link>
        <div className="card stack">
          <h1>{title}</h1>
          {children}
        </div>
        {footer ? <p className="auth-layout__footer">{footer}</p> : null}
      </div>
    </main>
  );
}

/** Where to go after signing in: only a path inside this app, never another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
