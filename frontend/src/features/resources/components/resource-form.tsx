import { useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, TextAreaField, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { newIdempotencyKey } from '@/lib/id';
import { useCreateResource } from '../api/create-resource';
import { useUpdateResource } from '../api/update-resource';
import type { Resource, ResourceInput } from '../api/types';

const FIELDS: Record<string, string> = {
  url: 'Link',
  title: 'Title',
  topics: 'Topics',
  note: 'Why it is worth sharing',
};

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** "Kubernetes, data pipelines" → ["Kubernetes", "data pipelines"]. */
function splitTopics(text: string): string[] {
  return text
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);
}

export interface ResourceFormProps {
  /** The resource to edit; without it the form saves a new one. */
  resource?: Resource;
  onDone: () => void;
  onCancel: () => void;
}

export function ResourceForm({ resource, onDone, onCancel }: ResourceFormProps) {
  const [values, setValues] = useState({
    url: resource?.url ?? '',
    title: resource?.title ?? '',
    topics: resource?.topics.join(', ') ?? '',
    note: resource?.note ?? '',
  });
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateResource();
  const update = useUpdateResource(resource?.id ?? '');
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });

  const field = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!values.url.trim()) missing.url = ['Paste the link to the article or resource.'];
    if (!values.title.trim()) missing.title = ['Give its title, as a note would name it.'];
    if (Object.keys(missing).length > 0) {
      form.setErrors({ fields: missing, form: [] });
      return;
    }
    form.clear();
    const body: ResourceInput = {
      url: values.url.trim(),
      title: values.title.trim(),
      topics: splitTopics(values.topics),
      note: orNull(values.note),
    };
    const options = { onSuccess: onDone, onError: form.capture };
    if (resource) update.mutate(body, options);
    else create.mutate({ body, idempotencyKey }, options);
  };

  const heading = resource ? `Edit “${resource.title}”` : 'Save a resource';
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      <ErrorSummary errors={form.errors} title="The resource could not be saved" describeField={(path) => FIELDS[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextField name="url" label="Link" required type="url" {...field('url')} />
        <TextField name="title" label="Title" required maxLength={200} {...field('title')} />
        <TextField
          name="topics"
          label="Topics"
          optional
          hint="Separated by commas, such as “billing, event sourcing”. They help pick what to share with whom."
          {...field('topics')}
        />
        <TextAreaField name="note" label="Why it is worth sharing" optional rows={3} maxLength={2000} {...field('note')} />
      </FormErrorsProvider>
      <div className="form-actions cluster">
        <Button type="submit" pending={create.isPending || update.isPending} pendingLabel="Saving…">
          {resource ? 'Save changes' : 'Save it'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
