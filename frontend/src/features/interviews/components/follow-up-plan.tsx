import { Link } from 'react-router';
import { Badge, Loading, QueryError } from '@/components/ui/status';
import { taskKindLabel, type Task } from '@/lib/tasks';
import { formatDue, formatRelativeDateTime } from '@/lib/time';
import { useInterviewTasks } from '../api/get-interview-tasks';

function TaskStatus({ task }: { task: Task }) {
  if (task.status === 'done') return <Badge tone="success">Done</Badge>;
  if (task.status === 'skipped') return <Badge>Skipped</Badge>;
  if (task.is_overdue) return <Badge tone="danger">Overdue</Badge>;
  return <Badge tone="accent">To do</Badge>;
}

/** What the playbook planned for this interview; the agenda is where tasks are acted on. */
export function FollowUpPlan({ interviewId, timeZone, now }: { interviewId: string; timeZone: string; now: Date }) {
  const tasks = useInterviewTasks(interviewId);

  if (tasks.isPending) return <Loading label="Loading the follow-up plan…" />;
  if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (tasks.data.data.length === 0) {
    return (
      <p className="muted">
        Nothing planned. Follow-up is planned for interviews that are not cancelled: add the people you met to get a
        thank-you note for each.
      </p>
    );
  }

  return (
    <>
      <ul className="plan-list">
        {tasks.data.data.map((task) => (
          <li key={task.id} className="plan-list__item">
            <div>
              <p className="plan-list__title">{task.title}</p>
              <p className="muted plan-list__meta">
                {taskKindLabel(task.kind)} ·{' '}
                {task.status === 'open' ? (
                  <time dateTime={task.due_at}>{formatDue(task.due_at, now, timeZone)}</time>
                ) : task.completed_at ? (
                  <>
                    {task.status === 'done' ? 'done' : 'skipped'}{' '}
                    <time dateTime={task.completed_at}>{formatRelativeDateTime(task.completed_at, now, timeZone)}</time>
                  </>
                ) : (
                  task.status
                )}
                {task.skip_reason ? ` · ${task.skip_reason}` : ''}
              </p>
            </div>
            <TaskStatus task={task} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/">Act on these in your agenda</Link>
      </p>
    </>
  );
}
