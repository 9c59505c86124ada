import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { isApiError } from '@/lib/api-error';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/time';
import { useDeleteDraft } from '../api/delete-draft';
import { useDraft, type VersionedDraft } from '../api/get-draft';
import { useUpdateDraft } from '../api/update-draft';
import { draftTitle } from '../api/types';
import { ChecksPanel } from '@/components/checks/checks-panel';
import { CitedRecord } from '../components/cited-record';
import { DraftEditor } from '../components/draft-editor';

export function DraftRoute() {
  const { draftId = '' } = useParams();
  const query = useDraft(draftId);

  if (query.isPending) return <Loading label="Loading the draft…" />;
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Draft not found' : 'Draft'} />
        {missing ? <p>This draft does not exist, or it was deleted.</p> : <QueryError error={query.error} onRetry={() => void query.refetch()} />}
        <ButtonLink to="/drafts" variant="secondary">
          Back to drafts
        </ButtonLink>
      </>
    );
  }

  const { draft } = query.data;
  return (
    <>
      <PageHeader title={draftTitle(draft)} />
      <CitedRecord draft={draft} />
      {draft.status === 'draft' ? (
        // Re-mounted only when another draft is opened: saving must not reset the text being typed.
        <DraftEditor key={draft.id} versioned={query.data} onReload={() => window.location.reload()} />
      ) : (
        <ClosedDraft versioned={query.data} />
      )}
    </>
  );
}

/** A sent or discarded note: read-only, with a way back for a discarded one. */
function ClosedDraft({ versioned }: { versioned: VersionedDraft }) {
  const user = useUser();
  const { draft, etag } = versioned;
  const restore = useUpdateDraft(draft.id);
  const remove = useDeleteDraft();
  const navigate = useNavigate();

  const deleteForGood = () => {
    if (!window.confirm('Delete this draft for good?')) return;
    remove.mutate(draft.id, {
      onSuccess: () => void navigate('/drafts?status=discarded', { replace: true, state: { notice: 'Draft deleted.' } }),
    });
  };
  const text = draft.subject ? `${draft.subject}\n\n${draft.body}` : draft.body;

  return (
    <div className="draft-layout">
      <div className="stack">
        {draft.status === 'sent' ? (
          <Notice tone="success" role="status">
            <p>
              Sent{draft.sent_at ? <> <time dateTime={draft.sent_at}>{formatDateTime(draft.sent_at, user.timezone)}</time></> : null}.
              Its task is done{draft.to?.name ? ` and ${draft.to.name} is marked as contacted` : ''}.
            </p>
          </Notice>
        ) : (
          <Notice tone="warning" role="status">
            <p>Discarded. It is kept here in case you want it back.</p>
          </Notice>
        )}
        {draft.subject ? (
          <p>
            <strong>Subject:</strong> {draft.subject}
          </p>
        ) : null}
        <div className="card card--flat pre-line">{draft.body}</div>
        {restore.isError ? <QueryError error={restore.error} title="The draft could not be restored." /> : null}
        {remove.isError ? <QueryError error={remove.error} title="The draft could not be deleted." /> : null}
        <div className="form-actions">
          <CopyButton text={text} label="Copy the text" />
          {draft.status === 'discarded' ? (
            <Button variant="secondary" onClick={() => restore.mutate({ patch: { status: 'draft' }, etag })} pending={restore.isPending} pendingLabel="Restoring…">
              Restore the draft
            </Button>
          ) : null}
          {draft.status === 'discarded' ? (
            <Button variant="danger" onClick={deleteForGood} pending={remove.isPending} pendingLabel="Deleting…">
              Delete for good
            </Button>
          ) : null}
          <Link to="/drafts" className="button button--ghost">
            All drafts
          </Link>
        </div>
      </div>
      <ChecksPanel checks={draft.checks} stale={false} />
    </div>
  );
}
