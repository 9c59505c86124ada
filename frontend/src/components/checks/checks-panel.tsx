import { CHECK_NAMES, type Check } from '@/lib/checks';

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

function sortChecks(checks: Check[]): Check[] {
  return [...checks].sort((a, b) => Number(a.passed) - Number(b.passed) || (ORDER[a.severity] ?? 3) - (ORDER[b.severity] ?? 3));
}

function Mark({ check }: { check: Check }) {
  if (check.passed) {
    return (
      <span className="check__mark check__mark--pass" aria-hidden="true">
        ✓
      </span>
    );
  }
  return (
    <span className={`check__mark check__mark--${check.severity === 'error' ? 'fail' : 'warn'}`} aria-hidden="true">
      {check.severity === 'error' ? '✗' : '!'}
    </span>
  );
}

function verdict(check: Check): string {
  if (check.passed) return 'Passes';
  return check.severity === 'error' ? 'Needs fixing' : 'Worth a look';
}

/**
 * The seed's advice checked against the text as last saved. The summary line is announced
 * politely when it changes; the list is there to read.
 */
export function ChecksPanel({ checks, stale, level = 2 }: { checks: Check[]; stale: boolean; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const passed = checks.filter((check) => check.passed).length;
  return (
    <section className="checks" aria-labelledby="checks-heading">
      <Heading id="checks-heading">Checks</Heading>
      <p className="checks__summary" role="status">
        {passed} of {checks.length} checks pass{stale ? ' (checking your latest changes…)' : '.'}
      </p>
      <ul className="checks__list">
        {sortChecks(checks).map((check) => (
          <li key={check.id} className={`check${check.passed ? ' check--passed' : ''}`}>
            <Mark check={check} />
            <div>
              <p className="check__name">
                {CHECK_NAMES[check.id]} <span className="visually-hidden">: {verdict(check)}</span>
              </p>
              <p className="check__message">{check.message}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
