import { Button } from '@/components/ui/button';
import { formatCalendarDate, formatDateTime, shortZoneName } from '@/lib/time';
import { formatLabel, type DiscussionPoint, type Interview } from '../api/types';

function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text.trim());
}

/** When it is, in the interview's zone, and in the user's when that differs. */
export function InterviewWhen({ interview, userTimeZone }: { interview: Interview; userTimeZone: string }) {
  const start = new Date(interview.scheduled_at);
  const there = `${formatDateTime(start, interview.timezone)} ${shortZoneName(start, interview.timezone)}`;
  if (interview.timezone === userTimeZone) return <time dateTime={interview.scheduled_at}>{there}</time>;
  return (
    <>
      <time dateTime={interview.scheduled_at}>{there}</time>{' '}
      <span className="muted">
        ({formatDateTime(start, userTimeZone)} {shortZoneName(start, userTimeZone)} for you)
      </span>
    </>
  );
}

export function InterviewFacts({ interview, userTimeZone }: { interview: Interview; userTimeZone: string }) {
  return (
    <dl className="details">
      <dt>When</dt>
      <dd>
        <InterviewWhen interview={interview} userTimeZone={userTimeZone} />
      </dd>
      {interview.duration_minutes ? (
        <>
          <dt>Duration</dt>
          <dd>{interview.duration_minutes} minutes</dd>
        </>
      ) : null}
      {interview.stage ? (
        <>
          <dt>Stage</dt>
          <dd>{interview.stage}</dd>
        </>
      ) : null}
      {interview.format ? (
        <>
          <dt>Format</dt>
          <dd>{formatLabel(interview.format)}</dd>
        </>
      ) : null}
      {interview.location ? (
        <>
          <dt>Where</dt>
          <dd>
            {isLink(interview.location) ? (
              <a href={interview.location.trim()} target="_blank" rel="noreferrer noopener">
                {interview.location}
              </a>
            ) : (
              interview.location
            )}
          </dd>
        </>
      ) : null}
      <dt>Next steps</dt>
      <dd>
        {interview.next_steps?.description || interview.next_steps?.expected_by ? (
          <>
            {interview.next_steps.description ?? 'They will get back to you'}
            {interview.next_steps.expected_by ? ` (expected by ${formatCalendarDate(interview.next_steps.expected_by)})` : ''}
          </>
        ) : (
          <span className="muted">Not noted. If they gave a timeline, add it: a follow-up is planned when it passes.</span>
        )}
      </dd>
    </dl>
  );
}

export function DiscussionPoints({ points, empty }: { points: DiscussionPoint[]; empty: string }) {
  if (points.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {points.map((point, index) => (
        <li key={`${index}-${point.text}`}>
          {point.text}
          {point.topic ? <span className="muted"> (topic: {point.topic})</span> : null}
          {point.my_angle ? <p className="muted">Your angle: {point.my_angle}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export interface InterviewerCardsProps {
  interview: Interview;
  /** Starts a thank-you note to one interviewer. */
  onWrite?: (interviewerId: string) => void;
  writingFor?: string | null;
}

export function InterviewerCards({ interview, onWrite, writingFor = null }: InterviewerCardsProps) {
  if (interview.interviewers.length === 0) {
    return (
      <p className="muted">
        No interviewers noted. Add the people you met: each one gets their own thank-you note.
      </p>
    );
  }
  return (
    <ul className="item-list">
      {interview.interviewers.map((person) => (
        <li key={person.id} className="card card--flat stack">
          <div>
            <h3>
              {person.name} {person.is_hiring_manager ? <span className="badge badge--accent">Hiring manager</span> : null}
            </h3>
            {person.title ? <p className="muted">{person.title}</p> : null}
            <p className="cluster">
              {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}
              {person.linkedin_url ? (
                <a href={person.linkedin_url} target="_blank" rel="noreferrer noopener">
                  LinkedIn profile<span className="visually-hidden"> of {person.name}</span>
                </a>
              ) : null}
            </p>
          </div>
          <div>
            <h4 className="subheading">What {person.name} raised</h4>
            <DiscussionPoints points={person.discussion_points} empty="Nothing noted yet." />
          </div>
          {onWrite ? (
            <div>
              <Button variant="secondary" small pending={writingFor === person.id} pendingLabel="Writing…" onClick={() => onWrite(person.id)}>
                Write a thank-you note to {person.name}
              </Button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
