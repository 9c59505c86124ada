import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { SelectField } from '@/components/form';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Badge, Loading, Notice, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { formatRelativeDateTime } from '@/lib/time';
import { useDrafts } from '../api/get-drafts';
import { CHANNEL_LABELS, draftTitle, STATUS_FILTERS, type DraftStatus } from '../api/types';

export function DraftsRoute() {
  const user = useUser();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const status: DraftStatus = STATUS_FILTERS.find((s) => s.value === params.get('status'))?.value ?? 'draft';
  const drafts = useDrafts(status);
  const now = useMemo(() => new Date(drafts.dataUpdatedAt), [drafts.dataUpdatedAt]);
  const [notice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? null);
  const items = drafts.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <>
      <PageHeader title="Drafts" lead="Notes written from your interviews, checked against what makes a follow-up work." />
      <div className="stack">
        {notice ? (
          <Notice tone="success" role="status">
            <p>{notice}</p>
          </Notice>
        ) : null}
        <div className="filters filters--single">
          <SelectField
            name="status"
            label="Show"
            options={STATUS_FILTERS}
            value={status}
            onChange={(event) => setParams(event.target.value === 'draft' ? {} : { status: event.target.value })}
          />
        </div>
        {drafts.isPending ? <Loading label="Loading drafts…" /> : null}
        {drafts.isError ? <QueryError error={drafts.error} onRetry={() => void drafts.refetch()} /> : null}
        {drafts.isSuccess && items.length === 0 && status === 'draft' ? (
          <EmptyState title="No drafts yet" actions={<ButtonLink to="/">Open your agenda</ButtonLink>}>
            <p>
              A draft starts from a task on your agenda (“Write the note”) or from an interviewer on an interview. It is
              written from what you noted: their name in the greeting, the points they raised, the position and
              organization, the next steps you were told. As you edit, it is checked:
            </p>
            <ul>
              <li>Does it address the person by name and mention something you discussed?</li>
              <li>Does it restate your interest in the role and the organization?</li>
              <li>Is it sent within two working days, at a readable length, with no placeholders or filler left in?</li>
              <li>Does it read differently from the note to their colleague?</li>
            </ul>
          </EmptyState>
        ) : null}
        {drafts.isSuccess && items.length === 0 && status !== 'draft' ? (
          <p className="muted">{status === 'sent' ? 'No notes marked sent yet.' : 'Nothing discarded.'}</p>
        ) : null}
        {items.length > 0 ? (
          <ul className="item-list" aria-label="Drafts">
            {items.map((draft) => {
              const failing = draft.checks.filter((check) => check.applies && !check.passed && check.severity !== 'info').length;
              return (
                <li key={draft.id} className="item-card">
                  <div>
                    <h2 className="item-card__title">
                      <Link to={`/drafts/${draft.id}`}>{draftTitle(draft)}</Link>
                    </h2>
                    <p className="item-card__meta">
                      {CHANNEL_LABELS[draft.channel]}
                      {draft.subject ? ` · “${draft.subject}”` : ''} · edited{' '}
                      <time dateTime={draft.updated_at}>{formatRelativeDateTime(draft.updated_at, now, user.timezone)}</time>
                    </p>
                  </div>
                  {draft.status === 'draft' ? (
                    failing > 0 ? (
                      <Badge tone="warning">{failing === 1 ? '1 check to look at' : `${failing} checks to look at`}</Badge>
                    ) : (
                      <Badge tone="success">All checks pass</Badge>
                    )
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {drafts.hasNextPage ? (
          <div>
            <Button variant="secondary" pending={drafts.isFetchingNextPage} pendingLabel="Loading more…" onClick={() => void drafts.fetchNextPage()}>
              Load more
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
