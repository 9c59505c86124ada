import { useState, type FormEvent } from 'react';
import { ChecksPanel } from '@/components/checks/checks-panel';
import { ErrorSummary, FormErrorsProvider, SelectField, TextAreaField, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { CHANNEL_LABELS, DRAFT_KIND_LABELS, type Channel, type DraftKind } from '@/lib/notes';
import { formatDateTime } from '@/lib/time';
import {
  useDeleteTemplate,
  usePreviewTemplate,
  useRecentInterviews,
  useSaveTemplate,
  useTemplate,
  type Template,
} from '../api/templates';
import { TemplateVariables } from './template-variables';

const KINDS = Object.keys(DRAFT_KIND_LABELS) as DraftKind[];
const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

const FIELDS: Record<string, string> = { subject: 'Subject template', body: 'Message template', interview_id: 'Interview' };

const EXAMPLE = {
  subject: 'Thank you for the {{ position }} interview',
  body: `{{ greeting }}

Thank you for taking the time to talk with me about the {{ position }} role at {{ company_short }}.{% if discussion_points_text %} I especially enjoyed our conversation about {{ discussion_points_text }}.{% endif %}

I am excited about the chance to join {{ company_short }}{% if next_steps %}, and I look forward to {{ next_steps | lower }}{% endif %}.

Best regards,
{{ sender_name }}`,
};

export function TemplatesPanel() {
  const [kind, setKind] = useState<DraftKind>('thank_you');
  const [channel, setChannel] = useState<Channel>('email');
  const template = useTemplate(kind, channel);

  return (
    <div className="stack">
      <div>
        <h2>Templates</h2>
        <p className="muted">
          Afterword writes each note from a built-in template. Write your own for any kind of note to make drafts sound
          like you; the checks still apply to what it writes.
        </p>
      </div>
      <div className="grid-2">
        <SelectField
          name="template-kind"
          label="Kind of note"
          options={KINDS.map((value) => ({ value, label: DRAFT_KIND_LABELS[value] }))}
          value={kind}
          onChange={(event) => setKind(event.target.value as DraftKind)}
        />
        <SelectField
          name="template-channel"
          label="Channel"
          options={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
          value={channel}
          onChange={(event) => setChannel(event.target.value as Channel)}
        />
      </div>
      {template.isPending ? <Loading label="Loading the template…" /> : null}
      {template.isError ? <QueryError error={template.error} onRetry={() => void template.refetch()} /> : null}
      {template.isSuccess ? <TemplateEditor key={`${kind}/${channel}`} kind={kind} channel={channel} saved={template.data} /> : null}
    </div>
  );
}

function TemplateEditor({ kind, channel, saved }: { kind: DraftKind; channel: Channel; saved: Template | null }) {
  const user = useUser();
  const isEmail = channel === 'email';
  const [subject, setSubject] = useState(saved?.subject ?? '');
  const [body, setBody] = useState(saved?.body ?? '');
  const [interviewId, setInterviewId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveTemplate(kind, channel);
  const remove = useDeleteTemplate(kind, channel);
  const preview = usePreviewTemplate(kind, channel);
  const interviews = useRecentInterviews();
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });

  const chosenInterview = interviewId || interviews.data?.data[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!body.trim()) {
      form.setErrors({ fields: { body: ['Write the message template, or keep the built-in one.'] }, form: [] });
      return;
    }
    form.clear();
    save.mutate(
      { body, ...(isEmail ? { subject: subject.trim() ? subject : null } : {}) },
      { onSuccess: () => setMessage('Template saved. New drafts of this kind use it.'), onError: form.capture },
    );
  };

  const runPreview = () => {
    setMessage(null);
    form.clear();
    preview.mutate(
      {
        interview_id: chosenInterview,
        ...(body.trim() ? { body, ...(isEmail && subject.trim() ? { subject } : {}) } : {}),
      },
      { onError: form.capture },
    );
  };

  const revertToBuiltIn = () => {
    if (!window.confirm('Go back to the built-in template? Your template is deleted.')) return;
    remove.mutate(undefined, {
      onSuccess: () => {
        setSubject('');
        setBody('');
        setMessage('Back to the built-in template.');
      },
    });
  };

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-label="Template">
      <p>
        {saved ? (
          <>
            Using <strong>your template</strong>, last changed{' '}
            <time dateTime={saved.updated_at}>{formatDateTime(saved.updated_at, user.timezone)}</time>.
          </>
        ) : (
          <>
            Using the <strong>built-in template</strong>. Preview it on one of your interviews, or write your own below.
          </>
        )}
      </p>
      <ErrorSummary errors={form.errors} title="The template has a problem" describeField={(path) => FIELDS[path]} />
      <FormErrorsProvider errors={form.fields}>
        {isEmail ? (
          <TextField name="subject" label="Subject template" optional className="template-source" value={subject} onChange={(e) => setSubject(e.target.value)} />
        ) : null}
        <TextAreaField
          name="body"
          label="Message template"
          className="template-source"
          rows={12}
          value={body}
          placeholder={saved ? undefined : 'Empty: the built-in template is used.'}
          onChange={(e) => setBody(e.target.value)}
        />
      </FormErrorsProvider>
      <div className="cluster">
        {!body.trim() ? (
          <Button
            variant="ghost"
            small
            onClick={() => {
              setSubject(isEmail ? EXAMPLE.subject : '');
              setBody(EXAMPLE.body);
            }}
          >
            Start from an example
          </Button>
        ) : null}
      </div>
      <TemplateVariables />

      <section className="card stack" aria-labelledby="template-preview-heading">
        <h3 id="template-preview-heading">Try it</h3>
        {interviews.isSuccess && interviews.data.data.length === 0 ? (
          <p className="muted">Add an interview to try templates on it.</p>
        ) : (
          <div className="cluster cluster--end">
            <SelectField
              name="interview_id"
              label="On the interview"
              options={(interviews.data?.data ?? []).map((interview) => ({
                value: interview.id,
                label: `${interview.position} at ${interview.company}`,
              }))}
              value={chosenInterview}
              onChange={(e) => setInterviewId(e.target.value)}
            />
            <Button variant="secondary" onClick={runPreview} pending={preview.isPending} pendingLabel="Writing…" disabled={!chosenInterview}>
              Preview
            </Button>
          </div>
        )}
        <div aria-live="polite">
          {preview.data ? (
            <div className="template-preview stack">
              <p className="muted">
                Written by {preview.data.template === 'built_in' ? 'the built-in template' : preview.data.template === 'saved' ? 'your saved template' : 'the template above'}
                {preview.data.to?.name ? `, to ${preview.data.to.name}` : ''}.
              </p>
              {preview.data.subject ? (
                <p>
                  <strong>Subject:</strong> {preview.data.subject}
                </p>
              ) : null}
              <div className="card card--flat pre-line">{preview.data.body}</div>
              <ChecksPanel checks={preview.data.checks} stale={false} level={3} />
            </div>
          ) : null}
        </div>
      </section>

      <div className="form-actions">
        <Button type="submit" pending={save.isPending} pendingLabel="Checking and saving…">
          Save template
        </Button>
        {saved ? (
          <Button variant="danger" onClick={revertToBuiltIn} pending={remove.isPending} pendingLabel="Deleting…">
            Use the built-in template
          </Button>
        ) : null}
      </div>
      {remove.isError ? <QueryError error={remove.error} title="The template could not be deleted." /> : null}
      <div aria-live="polite">
        {message ? (
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
