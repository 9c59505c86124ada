import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, SelectField, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-error';
import { newIdempotencyKey } from '@/lib/id';
import { taskKindLabel, type TaskKind } from '@/lib/tasks';
import { atLocalTime, toLocalInputValue, toZonedRfc3339, zonedLocalToInstant } from '@/lib/time';
import { useCreateTask, type TaskInput } from '../api/create-task';
import type { Interview } from '../api/types';

/** Kinds worth planning by hand: the seed's ways to stay top-of-mind, and anything else. */
const MANUAL_KINDS: { value: TaskKind; hint: string }[] = [
  { value: 'share_resource', hint: 'An article or resource relevant to the organization or the industry.' },
  { value: 'networking_event', hint: 'An industry event or conference where people from there may be.' },
  { value: 'periodic_update', hint: 'News about your work or qualifications that matters for the role.' },
  { value: 'custom', hint: 'Anything else you mean to do.' },
];

const FIELDS: Record<string, string> = { kind: 'What', title: 'Title', due_at: 'When', interviewer_id: 'For whom' };

export function AddTaskForm({ interview, timeZone }: { interview: Interview; timeZone: string }) {
  const [kind, setKind] = useState<TaskKind>('share_resource');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(() => toLocalInputValue(atLocalTime(new Date(), timeZone, 1, '10:00'), timeZone));
  const [interviewerId, setInterviewerId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const create = useCreateTask();
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });
  const idempotencyKey = useRef<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const instant = zonedLocalToInstant(due, timeZone);
    if (!instant) {
      form.setErrors({ fields: { due_at: ['Enter the date and time it is due.'] }, form: [] });
      return;
    }
    form.clear();
    const body: TaskInput = {
      kind,
      interview_id: interview.id,
      due_at: toZonedRfc3339(instant, timeZone),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(interviewerId ? { interviewer_id: interviewerId } : {}),
    };
    idempotencyKey.current ??= newIdempotencyKey();
    create.mutate(
      { body, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (task) => {
          idempotencyKey.current = null;
          setTitle('');
          setAdded(`Added “${task.title}”.`);
        },
        onError: (error) => {
          if (isApiError(error) && error.status !== 0 && error.status !== 409) idempotencyKey.current = null;
          form.capture(error);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Plan something else">
      <ErrorSummary errors={form.errors} title="The task could not be added" describeField={(path) => FIELDS[path]} />
      <FormErrorsProvider errors={form.fields}>
        <SelectField
          name="kind"
          label="What"
          hint={MANUAL_KINDS.find((option) => option.value === kind)?.hint}
          options={MANUAL_KINDS.map((option) => ({ value: option.value, label: taskKindLabel(option.value) }))}
          value={kind}
          onChange={(event) => setKind(event.target.value as TaskKind)}
        />
        <TextField
          name="title"
          label="Title"
          optional
          hint="Left empty, it names the person and the company."
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <div className="grid-2">
          <TextField name="due_at" label="Due" type="datetime-local" hint="In your time zone." value={due} onChange={(event) => setDue(event.target.value)} />
          {interview.interviewers.length > 0 ? (
            <SelectField
              name="interviewer_id"
              label="For whom"
              optional
              options={[{ value: '', label: 'No one in particular' }, ...interview.interviewers.map((p) => ({ value: p.id, label: p.name }))]}
              value={interviewerId}
              onChange={(event) => setInterviewerId(event.target.value)}
            />
          ) : null}
        </div>
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" variant="secondary" pending={create.isPending} pendingLabel="Adding…">
          Add to the plan
        </Button>
      </div>
      <div aria-live="polite">
        {added ? (
          <Notice tone="success">
            <p>{added}</p>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
