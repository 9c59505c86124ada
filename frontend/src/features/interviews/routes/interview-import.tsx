import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, FormErrorsProvider, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-error';
import { fieldId, mapProblem } from '@/lib/problem';
import { useImportInvite } from '../api/import-invite';

const MAX_BYTES = 256 * 1024;

const FIELDS: Record<string, string> = {
  calendar: 'Invitation file',
  'query.company': 'Company',
  'query.position': 'Position',
};

export function InterviewImportRoute() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [company, setCompany] = useState('');
  const [position, setPosition] = useState('');
  const importInvite = useImportInvite();
  // Problems with the file itself come back for the whole body: show them at the file input.
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      form.setErrors({ fields: { calendar: ['Choose the invitation (.ics) file.'] }, form: [] });
      return;
    }
    if (file.size > MAX_BYTES) {
      form.setErrors({ fields: { calendar: ['This file is larger than 256 KB; a calendar invitation is much smaller.'] }, form: [] });
      return;
    }
    form.clear();
    try {
      const result = await importInvite.mutateAsync({
        calendar: await file.text(),
        company: company.trim() || undefined,
        position: position.trim() || undefined,
      });
      await navigate(`/interviews/${result.interview.id}`, {
        state: { notice: result.created ? 'Interview imported from the invitation.' : 'The interview from this invitation was updated.' },
      });
    } catch (error) {
      if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 401) {
        // What is wrong with the request body is wrong with the file: say so at the file input.
        const mapped = mapProblem(error.problem, { isKnownField: (path) => path in FIELDS });
        const calendar = [...(mapped.fields.calendar ?? []), ...mapped.form];
        form.setErrors({ fields: { ...mapped.fields, ...(calendar.length > 0 ? { calendar } : {}) }, form: [] });
      } else {
        form.capture(error);
      }
    }
  };

  const fileErrors = form.fields.calendar ?? [];
  const fileInputId = fieldId('calendar');

  return (
    <>
      <PageHeader
        title="Import a calendar invitation"
        lead="An invitation (.ics) from Google Calendar, Outlook or Zoom becomes an interview: the time and time zone, the length, the place or meeting link, and the people invited as interviewers."
      />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Import a calendar invitation">
        <ErrorSummary errors={form.errors} title="The invitation could not be imported" describeField={(path) => FIELDS[path]} />
        <div className={fileErrors.length > 0 ? 'field field--invalid' : 'field'}>
          <label htmlFor={fileInputId} className="field__label">
            Invitation file
          </label>
          <p id={`${fileInputId}-hint`} className="field__hint">
            In your calendar, open the invitation and download or forward it as an .ics file.
          </p>
          {fileErrors.length > 0 ? (
            <p id={`${fileInputId}-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {fileErrors.join(' ')}
            </p>
          ) : null}
          <input
            id={fileInputId}
            name="calendar"
            type="file"
            accept=".ics,text/calendar"
            className="input input--file"
            aria-invalid={fileErrors.length > 0 || undefined}
            aria-describedby={[`${fileInputId}-hint`, fileErrors.length > 0 ? `${fileInputId}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <FormErrorsProvider errors={form.fields}>
          <p className="muted">
            The company and position are read from the title (“Interview: Platform Engineer at Acme”). If the title
            does not say, give them here.
          </p>
          <div className="grid-2">
            <TextField name="query.company" label="Company" optional value={company} onChange={(event) => setCompany(event.target.value)} />
            <TextField name="query.position" label="Position" optional value={position} onChange={(event) => setPosition(event.target.value)} />
          </div>
        </FormErrorsProvider>
        <div className="form-actions">
          <Button type="submit" pending={importInvite.isPending} pendingLabel="Importing…">
            Import interview
          </Button>
          <Link to="/interviews" className="button button--ghost">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
