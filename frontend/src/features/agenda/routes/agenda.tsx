import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { newIdempotencyKey } from '@/lib/id';
import { draftPath, type Task } from '@/lib/tasks';
import { useCreateTaskDraft } from '../api/create-task-draft';
import { UPCOMING_DAYS, useAgenda } from '../api/get-agenda';
import { useHasInterviews } from '../api/has-interviews';
import { useUpdateTask, type TaskPatch } from '../api/update-task';
import { PlaybookPrimer } from '../components/playbook-primer';
import { TaskCard } from '../components/task-card';

interface LastChange {
  task: Task;
  message: string;
  undo: TaskPatch;
}

export function AgendaRoute() {
  const user = useUser();
  const agenda = useAgenda();
  const update = useUpdateTask();
  const [last, setLast] = useState<LastChange | null>(null);
  const navigate = useNavigate();
  const writeDraft = useCreateTaskDraft();

  const write = (task: Task) => {
    writeDraft.mutate(
      { taskId: task.id, idempotencyKey: newIdempotencyKey() },
      { onSuccess: (draft) => void navigate(draftPath(draft.id)) },
    );
  };
  // Times read relative to when the agenda was fetched (it refetches every few minutes).
  const now = useMemo(() => new Date(agenda.dataUpdatedAt), [agenda.dataUpdatedAt]);

  const empty = agenda.isSuccess && agenda.data.totals.overdue + agenda.data.totals.today + agenda.data.totals.upcoming === 0;
  const anyInterviews = useHasInterviews(empty);

  const change = (task: Task, patch: TaskPatch, message: string) => {
    setLast(null);
    const undo: TaskPatch = patch.snoozed_until !== undefined ? { snoozed_until: null } : { status: 'open' };
    update.mutate({ id: task.id, patch }, { onSuccess: () => setLast({ task, message, undo }) });
  };

  const groups = agenda.data
    ? [
        { key: 'overdue', title: 'Overdue', tasks: agenda.data.overdue, total: agenda.data.totals.overdue },
        { key: 'today', title: 'Today', tasks: agenda.data.today, total: agenda.data.totals.today },
        {
          key: 'upcoming',
          title: `Coming up in the next ${UPCOMING_DAYS} days`,
          tasks: agenda.data.upcoming,
          total: agenda.data.totals.upcoming,
        },
      ]
    : [];

  return (
    <>
      <PageHeader title="Agenda" lead="The follow-up work that is due: overdue first, then today, then what comes next." />

      <div className="stack">
        <div aria-live="polite">
          {last ? (
            <Notice tone="success">
              <p className="cluster">
                <span>{last.message}</span>
                <Button
                  variant="secondary"
                  small
                  onClick={() => {
                    const { task, undo } = last;
                    setLast(null);
                    update.mutate({ id: task.id, patch: undo });
                  }}
                >
                  Undo
                </Button>
              </p>
            </Notice>
          ) : null}
        </div>
        {update.isError ? <QueryError error={update.error} title="That change could not be saved." /> : null}
        {writeDraft.isError ? <QueryError error={writeDraft.error} title="The note could not be started." /> : null}
        {agenda.isPending ? <Loading label="Loading your agenda…" /> : null}
        {agenda.isError ? <QueryError error={agenda.error} onRetry={() => void agenda.refetch()} /> : null}

        {empty && anyInterviews.data === false ? (
          <EmptyState
            title="Nothing due yet"
            actions={<ButtonLink to="/interviews/new">Add an interview</ButtonLink>}
          >
            <p>Your agenda is built from your interviews. For each one, Afterword plans the follow-up that good practice calls for:</p>
            <PlaybookPrimer />
          </EmptyState>
        ) : null}
        {empty && anyInterviews.data === true ? (
          <EmptyState title="You are all caught up" actions={<ButtonLink to="/interviews" variant="secondary">Your interviews</ButtonLink>}>
            <p>
              Nothing is due in the next {UPCOMING_DAYS} days. New tasks appear here as interviews happen and
              timelines pass; snoozed tasks come back on their date.
            </p>
          </EmptyState>
        ) : null}

        {!empty
          ? groups.map((group) =>
              group.total > 0 ? (
                <section key={group.key} className="stack" aria-labelledby={`agenda-${group.key}`}>
                  <h2 id={`agenda-${group.key}`}>
                    {group.title} <span className="count">({group.total})</span>
                  </h2>
                  <ul className="item-list">
                    {group.tasks.map((task) => (
                      <TaskCard
                        key={task.id}
                        task={task}
                        now={now}
                        timeZone={user.timezone}
                        busy={update.isPending && update.variables.id === task.id}
                        onChange={change}
                        onWrite={write}
                        writing={writeDraft.isPending && writeDraft.variables.taskId === task.id}
                      />
                    ))}
                  </ul>
                  {group.total > group.tasks.length ? (
                    <p className="muted">and {group.total - group.tasks.length} more after these.</p>
                  ) : null}
                </section>
              ) : null,
            )
          : null}
      </div>
    </>
  );
}
