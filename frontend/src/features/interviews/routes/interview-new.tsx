import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-error';
import { useUser } from '@/lib/auth';
import { newIdempotencyKey } from '@/lib/id';
import { useCreateInterview } from '../api/create-interview';
import { usePreviewPlan } from '../api/preview-plan';
import { emptyInterviewValues, toCreateBody } from '../components/interview-form-model';
import { PlanPreviewList } from '../components/plan-preview';
import { InterviewForm } from '../components/interview-form';

export function InterviewNewRoute() {
  const user = useUser();
  const navigate = useNavigate();
  const create = useCreateInterview();
  const [initialValues] = useState(() => emptyInterviewValues(user.timezone));
  // One key per intended interview: resubmitting after a lost response replays the first
  // answer instead of creating a duplicate. An answered request (any HTTP status) used the
  // key up, so the corrected form gets a fresh one.
  const idempotencyKey = useRef<string | null>(null);
  const preview = usePreviewPlan();
  const [previewedAt, setPreviewedAt] = useState<Date | null>(null);

  return (
    <>
      <PageHeader title="Add an interview" lead="The facts here drive the follow-up plan and make each note specific." />
      <InterviewForm
        mode="create"
        initialValues={initialValues}
        cancelTo="/interviews"
        onEdit={() => {
          if (preview.data) preview.reset();
        }}
        onPreview={async (values) => {
          const result = await preview.mutateAsync(toCreateBody(values));
          setPreviewedAt(new Date());
          return result;
        }}
        preview={
          preview.data && previewedAt ? (
            <PlanPreviewList preview={preview.data} now={previewedAt} timeZone={user.timezone} />
          ) : null
        }
        onSubmit={async (values) => {
          idempotencyKey.current ??= newIdempotencyKey();
          try {
            const created = await create.mutateAsync({ body: toCreateBody(values), idempotencyKey: idempotencyKey.current });
            await navigate(`/interviews/${created.interview.id}`, { state: { notice: 'Interview saved.' } });
          } catch (error) {
            if (isApiError(error) && error.status !== 0 && error.status !== 409) idempotencyKey.current = null;
            throw error;
          }
        }}
      />
    </>
  );
}
