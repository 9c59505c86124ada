import { useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, TextAreaField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { useReflection, useSaveReflection, type Reflection } from '../api/reflection';
import { splitLines } from './interview-form-model';

const FIELDS: Record<string, string> = {
  went_well: 'What went well',
  to_improve: 'What to improve',
  questions_to_prepare: 'Questions to prepare',
  notes: 'Notes',
};

/** "Learn from the experience": what went well, what to improve, what to prepare next time. */
export function ReflectionSection({ interviewId }: { interviewId: string }) {
  const reflection = useReflection(interviewId);
  if (reflection.isPending) return <Loading label="Loading your reflection…" />;
  if (reflection.isError) return <QueryError error={reflection.error} onRetry={() => void reflection.refetch()} />;
  return <ReflectionForm interviewId={interviewId} saved={reflection.data} />;
}

function ReflectionForm({ interviewId, saved }: { interviewId: string; saved: Reflection | null }) {
  const [wentWell, setWentWell] = useState(saved?.went_well ?? '');
  const [toImprove, setToImprove] = useState(saved?.to_improve ?? '');
  const [questions, setQuestions] = useState(saved?.questions_to_prepare.join('\n') ?? '');
  const [notes, setNotes] = useState(saved?.notes ?? '');
  const [done, setDone] = useState(false);
  const save = useSaveReflection(interviewId);
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    setDone(false);
    save.mutate(
      {
        went_well: wentWell.trim() || null,
        to_improve: toImprove.trim() || null,
        questions_to_prepare: splitLines(questions),
        notes: notes.trim() || null,
      },
      { onSuccess: () => setDone(true), onError: form.capture },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="reflection-heading">
      <div>
        <h2 id="reflection-heading">Reflection</h2>
        <p className="muted">
          Whatever the outcome, a few honest notes now make the next interview better.
        </p>
      </div>
      <ErrorSummary errors={form.errors} title="The reflection could not be saved" describeField={(path) => FIELDS[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextAreaField name="went_well" label="What went well" optional rows={3} value={wentWell} onChange={(e) => setWentWell(e.target.value)} />
        <TextAreaField name="to_improve" label="What to improve" optional rows={3} value={toImprove} onChange={(e) => setToImprove(e.target.value)} />
        <TextAreaField
          name="questions_to_prepare"
          label="Questions to prepare for next time"
          optional
          hint="One per line."
          rows={3}
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
        />
        <TextAreaField name="notes" label="Notes" optional rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" variant="secondary" pending={save.isPending} pendingLabel="Saving…">
          Save reflection
        </Button>
      </div>
      <div aria-live="polite">
        {done ? (
          <Notice tone="success">
            <p>Reflection saved.</p>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
