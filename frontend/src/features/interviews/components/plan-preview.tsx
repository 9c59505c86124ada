import { taskKindLabel } from '@/lib/tasks';
import { formatDateTime, formatRelativeDateTime } from '@/lib/time';
import type { PlanPreview } from '../api/preview-plan';

/** The tasks an interview would plan, before it is saved. */
export function PlanPreviewList({ preview, now, timeZone }: { preview: PlanPreview; now: Date; timeZone: string }) {
  return (
    <section className="card" aria-labelledby="plan-preview-heading">
      <h2 id="plan-preview-heading">What saving this will plan</h2>
      {preview.tasks.length === 0 ? (
        <p className="muted">Nothing: add the people you met to plan a thank-you note to each.</p>
      ) : (
        <ul className="plan-list">
          {preview.tasks.map((task, index) => (
            <li key={`${task.kind}-${index}`} className="plan-list__item">
              <div>
                <p className="plan-list__title">{task.title}</p>
                <p className="muted plan-list__meta">
                  {taskKindLabel(task.kind)} · due{' '}
                  <time dateTime={task.due_at} title={formatDateTime(task.due_at, timeZone)}>
                    {formatRelativeDateTime(task.due_at, now, timeZone)}
                  </time>
                  {task.deadline_at ? (
                    <>
                      , at the latest <time dateTime={task.deadline_at}>{formatRelativeDateTime(task.deadline_at, now, timeZone)}</time>
                    </>
                  ) : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Times are in your time zone. You can change what is planned in Settings › Playbook.</p>
    </section>
  );
}
