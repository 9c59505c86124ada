import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { formatCalendarDate } from '@/lib/time';
import { useAccomplishments } from '../api/get-accomplishments';
import { useDeleteAccomplishment } from '../api/delete-accomplishment';
import { AccomplishmentForm } from '../components/accomplishment-form';

/** Which form is open: a new accomplishment, one being edited (by id), or none. */
type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

export function AccomplishmentsRoute() {
  const accomplishments = useAccomplishments();
  const remove = useDeleteAccomplishment();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = accomplishments.data?.pages.flatMap((page) => page.data) ?? [];

  const done = (message: string) => () => {
    setEditing(null);
    setNotice(message);
  };
  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const deleteOne = (id: string, title: string) => {
    if (!window.confirm(`Delete “${title}”? Notes that cited it keep their text.`)) return;
    setNotice(null);
    remove.mutate(id, { onSuccess: () => setNotice('Accomplishment deleted.') });
  };

  return (
    <>
      <PageHeader
        title="Accomplishments"
        lead="What you have done since your interviews. A periodic update cites one of these, and never makes one up."
        actions={
          editing?.kind === 'new' ? null : <Button onClick={() => open({ kind: 'new' })}>Record an accomplishment</Button>
        }
      />
      <div className="stack">
        <div aria-live="polite">
          {notice ? (
            <Notice tone="success">
              <p>{notice}</p>
            </Notice>
          ) : null}
        </div>
        {remove.isError ? <QueryError error={remove.error} title="The accomplishment could not be deleted." /> : null}
        {editing?.kind === 'new' ? (
          <AccomplishmentForm onDone={done('Accomplishment recorded.')} onCancel={() => setEditing(null)} />
        ) : null}
        {accomplishments.isPending ? <Loading label="Loading accomplishments…" /> : null}
        {accomplishments.isError ? (
          <QueryError error={accomplishments.error} onRetry={() => void accomplishments.refetch()} />
        ) : null}
        {accomplishments.isSuccess && items.length === 0 && editing === null ? (
          <EmptyState
            title="Nothing recorded yet"
            actions={<Button onClick={() => open({ kind: 'new' })}>Record an accomplishment</Button>}
          >
            <p>
              A project shipped, a course finished, a talk given: while they decide, a short update about something
              new keeps you in mind. Record it here and the update will cite it.
            </p>
          </EmptyState>
        ) : null}
        {items.length > 0 ? (
          <ul className="item-list" aria-label="Accomplishments">
            {items.map((item) =>
              editing?.kind === 'edit' && editing.id === item.id ? (
                <li key={item.id}>
                  <AccomplishmentForm
                    accomplishment={item}
                    onDone={done('Accomplishment saved.')}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              ) : (
                <li key={item.id} className="item-card">
                  <div>
                    <h2 className="item-card__title">
                      {item.link ? <a href={item.link}>{item.title}</a> : item.title}
                    </h2>
                    <p className="item-card__meta">
                      {item.happened_on ? formatCalendarDate(item.happened_on) : 'No date'}
                      {item.topics.length > 0 ? ` · ${item.topics.join(', ')}` : ''}
                    </p>
                    {item.detail ? <p>{item.detail}</p> : null}
                  </div>
                  <div className="cluster">
                    <Button small variant="secondary" onClick={() => open({ kind: 'edit', id: item.id })}>
                      Edit <span className="visually-hidden">“{item.title}”</span>
                    </Button>
                    <Button
                      small
                      variant="danger"
                      onClick={() => deleteOne(item.id, item.title)}
                      pending={remove.isPending && remove.variables === item.id}
                      pendingLabel="Deleting…"
                    >
                      Delete <span className="visually-hidden">“{item.title}”</span>
                    </Button>
                  </div>
                </li>
              ),
            )}
          </ul>
        ) : null}
        {accomplishments.hasNextPage ? (
          <div>
            <Button
              variant="secondary"
              pending={accomplishments.isFetchingNextPage}
              pendingLabel="Loading more…"
              onClick={() => void accomplishments.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
