import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { useDeleteResource } from '../api/delete-resource';
import { useResources } from '../api/get-resources';
import { ResourceForm } from '../components/resource-form';

/** The site a link points to ("blog.example.com"), or the link itself when it does not parse. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Which form is open: a new resource, one being edited (by id), or none. */
type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

export function ResourcesRoute() {
  const resources = useResources();
  const remove = useDeleteResource();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = resources.data?.pages.flatMap((page) => page.data) ?? [];

  const done = (message: string) => () => {
    setEditing(null);
    setNotice(message);
  };
  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const deleteOne = (id: string, title: string) => {
    if (!window.confirm(`Delete “${title}”? Notes that shared it keep their text.`)) return;
    setNotice(null);
    remove.mutate(id, { onSuccess: () => setNotice('Resource deleted.') });
  };

  return (
    <>
      <PageHeader
        title="Resources"
        lead="Articles and links worth sharing. A note that shares one carries its title and link, and never mentions one you have not saved."
        actions={editing?.kind === 'new' ? null : <Button onClick={() => open({ kind: 'new' })}>Save a resource</Button>}
      />
      <div className="stack">
        <div aria-live="polite">
          {notice ? (
            <Notice tone="success">
              <p>{notice}</p>
            </Notice>
          ) : null}
        </div>
        {remove.isError ? <QueryError error={remove.error} title="The resource could not be deleted." /> : null}
        {editing?.kind === 'new' ? <ResourceForm onDone={done('Resource saved.')} onCancel={() => setEditing(null)} /> : null}
        {resources.isPending ? <Loading label="Loading resources…" /> : null}
        {resources.isError ? <QueryError error={resources.error} onRetry={() => void resources.refetch()} /> : null}
        {resources.isSuccess && items.length === 0 && editing === null ? (
          <EmptyState title="Nothing saved yet" actions={<Button onClick={() => open({ kind: 'new' })}>Save a resource</Button>}>
            <p>
              An article about their industry, a talk on a problem they mentioned: sharing it shows your interest
              without asking for anything. Save it here and the note will carry its title and link.
            </p>
          </EmptyState>
        ) : null}
        {items.length > 0 ? (
          <ul className="item-list" aria-label="Resources">
            {items.map((item) =>
              editing?.kind === 'edit' && editing.id === item.id ? (
                <li key={item.id}>
                  <ResourceForm resource={item} onDone={done('Resource saved.')} onCancel={() => setEditing(null)} />
                </li>
              ) : (
                <li key={item.id} className="item-card">
                  <div>
                    <h2 className="item-card__title">
                      <a href={item.url}>{item.title}</a>
                    </h2>
                    <p className="item-card__meta">
                      {siteOf(item.url)}
                      {item.topics.length > 0 ? ` · ${item.topics.join(', ')}` : ''}
                    </p>
                    {item.note ? <p>{item.note}</p> : null}
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
        {resources.hasNextPage ? (
          <div>
            <Button
              variant="secondary"
              pending={resources.isFetchingNextPage}
              pendingLabel="Loading more…"
              onClick={() => void resources.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
