import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

export interface PageHeaderProps {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's h1. It sets the document title, and after an in-app navigation it takes focus,
 * so screen readers announce the new page and keyboard users start from its top.
 */
export function PageHeader({ title, lead, actions }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Afterword`;
  }, [title]);

  useEffect(() => {
    if (firstPageShown) headingRef.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <div className="page-header">
      <div>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
