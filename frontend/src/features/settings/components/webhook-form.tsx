import { useRef, useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, Fieldset, FormErrorsProvider, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-error';
import { newIdempotencyKey } from '@/lib/id';
import { EVENT_DESCRIPTIONS, EVENT_TYPES, useCreateWebhook, type EventType, type WebhookWithSecret } from '../api/webhooks';

const FIELDS: Record<string, string> = { url: 'Address', description: 'Description', event_types: 'Events' };

export function WebhookForm({ onCreated }: { onCreated: (webhook: WebhookWithSecret) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>(['task.created', 'task.due', 'task.completed']);
  const create = useCreateWebhook();
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });
  const idempotencyKey = useRef<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!url.trim()) problems.url = ['Enter the https address that should receive events.'];
    if (events.length === 0) problems.event_types = ['Choose at least one event.'];
    if (Object.keys(problems).length > 0) {
      form.setErrors({ fields: problems, form: [] });
      return;
    }
    form.clear();
    idempotencyKey.current ??= newIdempotencyKey();
    create.mutate(
      {
        body: { url: url.trim(), event_types: events, ...(description.trim() ? { description: description.trim() } : {}) },
        idempotencyKey: idempotencyKey.current,
      },
      {
        onSuccess: (webhook) => {
          idempotencyKey.current = null;
          setUrl('');
          setDescription('');
          onCreated(webhook);
        },
        onError: (error) => {
          if (isApiError(error) && error.status !== 0 && error.status !== 409) idempotencyKey.current = null;
          form.capture(error);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="new-webhook-heading">
      <h3 id="new-webhook-heading">Add an endpoint</h3>
      <ErrorSummary errors={form.errors} title="The endpoint could not be added" describeField={(path) => FIELDS[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextField
          name="url"
          label="Address"
          type="url"
          placeholder="https://example.com/hooks/afterword"
          hint="Public https addresses only; events are POSTed there as JSON."
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <TextField name="description" label="Description" optional value={description} onChange={(event) => setDescription(event.target.value)} />
        <Fieldset legend="Events" name="event_types">
          <div className="scope-grid">
            {EVENT_TYPES.map((type) => (
              <CheckboxField
                key={type}
                name={`event-${type}`}
                label={
                  <>
                    {EVENT_DESCRIPTIONS[type]} <code className="muted">{type}</code>
                  </>
                }
                errors={[]}
                checked={events.includes(type)}
                onChange={(event) =>
                  setEvents((current) => (event.target.checked ? [...current, type] : current.filter((t) => t !== type)))
                }
              />
            ))}
          </div>
        </Fieldset>
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" pending={create.isPending} pendingLabel="Adding…">
          Add endpoint
        </Button>
      </div>
    </form>
  );
}
