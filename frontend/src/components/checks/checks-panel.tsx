import { CHECK_NAMES, type Check } from '@/lib/checks';

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Failures first, then passes, then the checks that do not apply to this note. */
function rank(check: Check): number {
  if (!check.applies) return 2;
  return check.passed ? 1 : 0;
}

function sortChecks(checks: Check[]): Check[] {
  return [...checks].sort((a, b) => rank(a) - rank(b) || (ORDER[a.severity] ?? 3) - (ORDER[b.severity] ?? 3));
}

function Mark({ check }: { check: Check }) {
  if (!check.applies) {
    return (
      <span className="check__mark check__mark--skip" aria-hidden="true">
        –
      </span>
    );
  }
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
  if (!check.applies) return 'Not needed';
  if (check.passed) return 'Passes';
  return check.severity === 'error' ? 'Needs fixing' : 'Worth a look';
}

/**
 * The seed's advice checked against the text as last saved. The summary line is announced
 * politely when it changes; the list is there to read. A check that does not apply to this
 * note is shown as not needed and left out of the count: it is not a pass.
 */
export function ChecksPanel({ checks, stale, level = 2 }: { checks: Check[]; stale: boolean; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const applicable = checks.filter((check) => check.applies);
  const passed = applicable.filter((check) => check.passed).length;
  return (
    <section className="checks" aria-labelledby="checks-heading">
      <Heading id="checks-heading">Checks</Heading>
      <p className="checks__summary" role="status">
        {passed} of {applicable.length} checks pass{stale ? ' (checking your latest changes…)' : '.'}
      </p>
      <ul className="checks__list">
        {sortChecks(checks).map((check) => (
          <li key={check.id} className={`check${!check.applies ? ' check--not-needed' : check.passed ? ' check--passed' : ''}`}>
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
