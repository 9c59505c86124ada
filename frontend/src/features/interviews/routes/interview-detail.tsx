import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { isApiError } from '@/lib/api-error';
import { useUser } from '@/lib/auth';
import { newIdempotencyKey } from '@/lib/id';
import { draftPath } from '@/lib/tasks';
import { useCreateDraft } from '../api/create-draft';
import { useDeleteInterview } from '../api/delete-interview';
import { useInterview } from '../api/get-interview';
import { outcomeLabel, type InterviewOutcome } from '../api/types';
import { useUpdateInterview } from '../api/update-interview';
import { OutcomeBadge, StatusBadge } from '../components/interview-badges';
import { DiscussionPoints, InterviewerCards, InterviewFacts } from '../components/interview-details';
import { AddTaskForm } from '../components/add-task-form';
import { FollowUpPlan } from '../components/follow-up-plan';
import { OutcomeButtons } from '../components/outcome-buttons';
import { ReflectionSection } from '../components/reflection-form';

export function InterviewDetailRoute() {
  const { interviewId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const user = useUser();
  const query = useInterview(interviewId);
  const update = useUpdateInterview(interviewId);
  const remove = useDeleteInterview();
  const writeDraft = useCreateDraft();
  const now = useMemo(() => new Date(query.dataUpdatedAt), [query.dataUpdatedAt]);
  const [message, setMessage] = useState<string | null>(
    () => (location.state as { notice?: string } | null)?.notice ?? null,
  );
  // The notice is for this visit only: drop it from history so a reload does not repeat it.
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  if (query.isPending) return <Loading label="Loading the interview…" />;
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Interview not found' : 'Interview'} />
        {missing ? (
          <p>This interview does not exist, or it was deleted.</p>
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
        <ButtonLink to="/interviews" variant="secondary">
          Back to interviews
        </ButtonLink>
      </>
    );
  }

  const { interview, etag } = query.data;

  const chooseOutcome = (outcome: InterviewOutcome) => {
    setMessage(null);
    update.mutate(
      { patch: { outcome }, etag },
      { onSuccess: () => setMessage(`Outcome set to “${outcomeLabel(outcome)}”.`) },
    );
  };

  const deleteInterview = () => {
    const sure = window.confirm(
      `Delete the interview for ${interview.position} at ${interview.company}? Its follow-up plan goes with it. This cannot be undone.`,
    );
    if (!sure) return;
    remove.mutate(interview.id, {
      onSuccess: () => void navigate('/interviews', { replace: true }),
    });
  };

  return (
    <>
      <PageHeader
        title={`${interview.position} at ${interview.company}`}
        lead={
          <span className="cluster">
            <StatusBadge status={interview.status} />
            <OutcomeBadge outcome={interview.outcome} />
          </span>
        }
        actions={
          <ButtonLink to={`/interviews/${interview.id}/edit`} variant="secondary">
            Edit
          </ButtonLink>
        }
      />

      <div className="stack">
        <div aria-live="polite">
          {message ? (
            <Notice tone="success">
              <p>{message}</p>
            </Notice>
          ) : null}
        </div>
        {update.isError ? (
          <QueryError
            error={update.error}
            title={
              isApiError(update.error) && update.error.status === 412
                ? 'This interview was changed elsewhere; the latest version is shown. Choose again.'
                : 'The outcome could not be saved.'
            }
            onRetry={isApiError(update.error) && update.error.status === 412 ? undefined : () => update.reset()}
          />
        ) : null}

        <section className="card">
          <InterviewFacts interview={interview} userTimeZone={user.timezone} />
        </section>

        <section className="card">
          <OutcomeButtons
            outcome={interview.outcome}
            pendingOutcome={update.isPending ? (update.variables.patch.outcome ?? null) : null}
            onChoose={chooseOutcome}
          />
          <p className="muted">
            Heard back? Record it here. If it is a no, the plan turns to a gracious thank-you, a request for
            feedback and keeping in touch.
          </p>
        </section>

        <section className="card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">Follow-up plan</h2>
          <FollowUpPlan interviewId={interview.id} timeZone={user.timezone} now={now} />
          <details className="disclosure">
            <summary>Plan something else</summary>
            <AddTaskForm interview={interview} timeZone={user.timezone} />
          </details>
        </section>

        <section className="stack" aria-labelledby="people-heading">
          <h2 id="people-heading">Who you met</h2>
          {writeDraft.isError ? <QueryError error={writeDraft.error} title="The note could not be started." /> : null}
          <InterviewerCards
            interview={interview}
            writingFor={writeDraft.isPending ? (writeDraft.variables.body.interviewer_id ?? null) : null}
            onWrite={(interviewerId) =>
              writeDraft.mutate(
                {
                  body: { interview_id: interview.id, interviewer_id: interviewerId, kind: 'thank_you', channel: 'email' },
                  idempotencyKey: newIdempotencyKey(),
                },
                { onSuccess: (draft) => void navigate(draftPath(draft.id)) },
              )
            }
          />
        </section>

        <section className="card" aria-labelledby="discussed-heading">
          <h2 id="discussed-heading">What you discussed</h2>
          <DiscussionPoints points={interview.discussion_points} empty="No topics noted for the interview as a whole." />
        </section>

        {interview.notes ? (
          <section className="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading">Private notes</h2>
            <p className="pre-line">{interview.notes}</p>
          </section>
        ) : null}

        <section className="card">
          <ReflectionSection interviewId={interview.id} />
        </section>

        <section aria-labelledby="danger-heading" className="stack">
          <h2 id="danger-heading" className="visually-hidden">
            Delete
          </h2>
          {remove.isError ? <QueryError error={remove.error} title="The interview could not be deleted." /> : null}
          <div>
            <Button variant="danger" onClick={deleteInterview} pending={remove.isPending} pendingLabel="Deleting…">
              Delete this interview
            </Button>
          </div>
        </section>
      </div>
    </>
  );
}
