import { useId } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/status';
import { draftPath, TASK_KIND_HAS_NOTE, taskKindLabel, type Task } from '@/lib/tasks';
import { atLocalTime, formatDue, formatRelativeDateTime, toZonedRfc3339 } from '@/lib/time';
import type { TaskPatch } from '../api/update-task';

export interface TaskCardProps {
  task: Task;
  now: Date;
  timeZone: string;
  busy: boolean;
  onChange: (task: Task, patch: TaskPatch, done: string) => void;
  /** Starts the note this task calls for (tasks with a note only). */
  onWrite?: (task: Task) => void;
  writing?: boolean;
}

const SNOOZES = [
  { label: 'Until tomorrow morning', days: 1 },
  { label: 'For three days', days: 3 },
  { label: 'For a week', days: 7 },
];

export function TaskCard({ task, now, timeZone, busy, onChange, onWrite, writing = false }: TaskCardProps) {
  const titleId = useId();
  const snooze = (days: number) => {
    const until = atLocalTime(now, timeZone, days, '09:00');
    onChange(task, { snoozed_until: toZonedRfc3339(until, timeZone) }, `Snoozed until ${formatRelativeDateTime(until, now, timeZone)}.`);
  };

  return (
    <li className="task-card" aria-labelledby={titleId}>
      <div className="task-card__main">
        <p className="task-card__kind">
          {taskKindLabel(task.kind)}
          {task.is_overdue ? (
            <>
              {' '}
              <Badge tone="danger">Overdue</Badge>
            </>
          ) : null}
        </p>
        <h3 className="task-card__title" id={titleId}>
          {task.title}
        </h3>
        <p className="task-card__meta">
          <time dateTime={task.due_at}>{formatDue(task.due_at, now, timeZone)}</time>
          {task.deadline_at ? (
            <>
              {' · '}
              at the latest <time dateTime={task.deadline_at}>{formatRelativeDateTime(task.deadline_at, now, timeZone)}</time>
            </>
          ) : null}
          {task.interview ? (
            <>
              {' · '}
              <Link to={`/interviews/${task.interview.id}`}>
                {task.interview.position} at {task.interview.company}
              </Link>
            </>
          ) : null}
        </p>
        <details className="disclosure">
          <summary>Why and how</summary>
          <p className="pre-line">{task.guidance}</p>
        </details>
      </div>
      <div className="task-card__actions">
        {task.draft_id ? (
          <Link className="button button--small" to={draftPath(task.draft_id)} aria-label={`Open the draft: ${task.title}`}>
            Open the draft
          </Link>
        ) : onWrite && TASK_KIND_HAS_NOTE[task.kind] ? (
          <Button small pending={writing} pendingLabel="Writing…" aria-label={`Write the note: ${task.title}`} onClick={() => onWrite(task)}>
            Write the note
          </Button>
        ) : null}
        <Button
          small
          variant={TASK_KIND_HAS_NOTE[task.kind] ? 'secondary' : 'primary'}
          disabled={busy}
          aria-label={`Done: ${task.title}`}
          onClick={() => onChange(task, { status: 'done' }, `“${task.title}” marked done.`)}
        >
          Done
        </Button>
        <details className="disclosure disclosure--menu">
          <summary className="button button--secondary button--small" aria-label={`Snooze: ${task.title}`}>
            Snooze
          </summary>
          <div className="disclosure__panel">
            {SNOOZES.map((option) => (
              <Button key={option.days} variant="ghost" small disabled={busy} onClick={() => snooze(option.days)}>
                {option.label}
              </Button>
            ))}
          </div>
        </details>
        <Button
          variant="ghost"
          small
          disabled={busy}
          aria-label={`Skip: ${task.title}`}
          onClick={() => onChange(task, { status: 'skipped', skip_reason: 'Skipped from the agenda.' }, `“${task.title}” skipped.`)}
        >
          Skip
        </Button>
      </div>
    </li>
  );
}
