import { Link } from 'react-router';
import { formatRelativeDateTime } from '@/lib/time';
import type { Interview } from '../api/types';
import { OutcomeBadge, StatusBadge } from './interview-badges';

export function InterviewListItem({ interview, now, timeZone }: { interview: Interview; now: Date; timeZone: string }) {
  const people = interview.interviewers.map((person) => person.name);
  return (
    <li className="item-card">
      <div>
        <h2 className="item-card__title">
          <Link to={`/interviews/${interview.id}`}>
            {interview.position} at {interview.company}
          </Link>
        </h2>
        <p className="item-card__meta">
          <time dateTime={interview.scheduled_at}>{formatRelativeDateTime(interview.scheduled_at, now, timeZone)}</time>
          {interview.stage ? ` · ${interview.stage}` : ''}
          {people.length > 0 ? ` · with ${people.join(', ')}` : ''}
        </p>
      </div>
      <div className="cluster">
        <StatusBadge status={interview.status} />
        <OutcomeBadge outcome={interview.outcome} />
      </div>
    </li>
  );
}
