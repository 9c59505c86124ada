import { useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, TextAreaField, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { newIdempotencyKey } from '@/lib/id';
import { useCreateAccomplishment } from '../api/create-accomplishment';
import { useUpdateAccomplishment } from '../api/update-accomplishment';
import type { Accomplishment, AccomplishmentInput } from '../api/types';

const FIELDS: Record<string, string> = {
  title: 'What you did',
  happened_on: 'When',
  link: 'Link',
  topics: 'Topics',
  detail: 'Details',
};

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** "Kubernetes, data pipelines" → ["Kubernetes", "data pipelines"]. */
export function splitTopics(text: string): string[] {
  return text
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);
}

export interface AccomplishmentFormProps {
  /** The accomplishment to edit; without it the form records a new one. */
  accomplishment?: Accomplishment;
  onDone: () => void;
  onCancel: () => void;
}

export function AccomplishmentForm({ accomplishment, onDone, onCancel }: AccomplishmentFormProps) {
  const [values, setValues] = useState({
    title: accomplishment?.title ?? '',
    happened_on: accomplishment?.happened_on ?? '',
    link: accomplishment?.link ?? '',
    topics: accomplishment?.topics.join(', ') ?? '',
    detail: accomplishment?.detail ?? '',
  });
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateAccomplishment();
  const update = useUpdateAccomplishment(accomplishment?.id ?? '');
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });

  const field = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) {
      form.setErrors({ fields: { title: ['Say what you did, in a few words.'] }, form: [] });
      return;
    }
    form.clear();
    const body: AccomplishmentInput = {
      title: values.title.trim(),
      happened_on: orNull(values.happened_on),
      link: orNull(values.link),
      topics: splitTopics(values.topics),
      detail: orNull(values.detail),
    };
    const options = { onSuccess: onDone, onError: form.capture };
    if (accomplishment) update.mutate(body, options);
    else create.mutate({ body, idempotencyKey }, options);
  };

  const heading = accomplishment ? `Edit “${accomplishment.title}”` : 'Record an accomplishment';
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      <ErrorSummary
        errors={form.errors}
        title="The accomplishment could not be saved"
        describeField={(path) => FIELDS[path]}
      />
      <FormErrorsProvider errors={form.fields}>
        <TextField
          name="title"
          label="What you did"
          required
          maxLength={200}
          hint="In a few words, as you would say it: “Shipped the billing migration”."
          {...field('title')}
        />
        <div className="grid-2">
          <TextField name="happened_on" label="When" optional type="date" {...field('happened_on')} />
          <TextField name="link" label="Link" optional type="url" hint="Where it can be seen, if anywhere." {...field('link')} />
        </div>
        <TextField
          name="topics"
          label="Topics"
          optional
          hint="Separated by commas, such as “Kubernetes, on-call”. They help pick the update that fits each interview."
          {...field('topics')}
        />
        <TextAreaField name="detail" label="Details" optional rows={3} maxLength={2000} {...field('detail')} />
      </FormErrorsProvider>
      <div className="form-actions cluster">
        <Button type="submit" pending={create.isPending || update.isPending} pendingLabel="Saving…">
          {accomplishment ? 'Save changes' : 'Record it'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
