import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, QueryError } from '@/components/ui/status';
import { ApiError, isApiError } from '@/lib/api-error';
import { useInterview, type VersionedInterview } from '../api/get-interview';
import { useUpdateInterview } from '../api/update-interview';
import { toUpdateBody, valuesFromInterview } from '../components/interview-form-model';
import { InterviewForm } from '../components/interview-form';

export function InterviewEditRoute() {
  const { interviewId = '' } = useParams();
  const query = useInterview(interviewId);

  if (query.isPending) return <Loading label="Loading the interview…" />;
  if (query.isError) {
    return (
      <>
        <PageHeader title="Edit interview" />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
        <ButtonLink to="/interviews" variant="secondary">
          Back to interviews
        </ButtonLink>
      </>
    );
  }
  return <EditForm key={query.data.interview.id} versioned={query.data} />;
}

function EditForm({ versioned }: { versioned: VersionedInterview }) {
  const navigate = useNavigate();
  // The version the form was opened at: a background refetch must not replace what is
  // being edited, and saving sends this version so a change made elsewhere is not lost.
  const [{ interview, etag }] = useState(versioned);
  const [initialValues] = useState(() => valuesFromInterview(interview));
  const update = useUpdateInterview(interview.id);

  return (
    <>
      <PageHeader title={`Edit: ${interview.position} at ${interview.company}`} />
      <InterviewForm
        mode="edit"
        initialValues={initialValues}
        cancelTo={`/interviews/${interview.id}`}
        onSubmit={async (values) => {
          try {
            await update.mutateAsync({ patch: toUpdateBody(values), etag });
          } catch (error) {
            if (isApiError(error) && error.status === 412) {
              throw new ApiError(412, {
                ...error.problem,
                errors: [],
                detail:
                  'This interview was changed elsewhere after you opened it, so saving would undo that change. Open the interview again to see the latest version, then make your change there.',
              });
            }
            throw error;
          }
          await navigate(`/interviews/${interview.id}`, { state: { notice: 'Changes saved.' } });
        }}
      />
    </>
  );
}
