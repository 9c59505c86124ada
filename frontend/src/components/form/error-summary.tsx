import { useEffect, useRef, type MouseEvent } from 'react';
import { fieldId, type MappedErrors } from '@/lib/problem';

export interface ErrorSummaryProps {
  errors: MappedErrors | null;
  title?: string;
  /** A readable name for a field path ("Interviewer 1 email"), to prefix its message. */
  describeField?: (path: string) => string | undefined;
}

/**
 * The list of everything that stopped a form from saving, at the top of the form. It takes
 * focus when it appears so screen-reader and keyboard users land on it; each item links
 * to its field.
 */
export function ErrorSummary({ errors, title = 'There is a problem', describeField }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors) ref.current?.focus();
  }, [errors]);

  if (!errors) return null;
  const fieldEntries = Object.entries(errors.fields);
  if (errors.form.length === 0 && fieldEntries.length === 0) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    const target = document.getElementById(fieldId(path));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.form.map((message) => (
          <li key={`form-${message}`}>{message}</li>
        ))}
        {fieldEntries.map(([path, messages]) => {
          const label = describeField?.(path);
          return (
            <li key={path}>
              <a href={`#${fieldId(path)}`} onClick={(event) => focusField(event, path)}>
                {label ? `${label}: ` : ''}
                {messages.join(' ')}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
