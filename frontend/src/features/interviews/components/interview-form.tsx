import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  CheckboxField,
  ErrorSummary,
  Fieldset,
  FormErrorsProvider,
  SelectField,
  TextAreaField,
  TextField,
  TimeZoneSelect,
  useFormErrors,
} from '@/components/form';
import { Button } from '@/components/ui/button';
import { fieldId } from '@/lib/problem';
import { FORMATS, STATUSES, type InterviewFormat, type InterviewStatus } from '../api/types';
import {
  describeField,
  emptyInterviewer,
  knownFieldPredicate,
  validateInterview,
  type InterviewerValues,
  type InterviewFormValues,
} from './interview-form-model';
import { PointsField } from './points-field';

type TextKey = {
  [K in keyof InterviewFormValues]-?: InterviewFormValues[K] extends string ? K : never;
}[keyof InterviewFormValues];

type InterviewerTextKey = {
  [K in keyof InterviewerValues]-?: InterviewerValues[K] extends string ? K : never;
}[keyof InterviewerValues];

export interface InterviewFormProps {
  initialValues: InterviewFormValues;
  mode: 'create' | 'edit';
  /** Saves the values; a rejected promise's error is shown on the form. */
  onSubmit: (values: InterviewFormValues) => Promise<unknown>;
  cancelTo: string;
  /** Shows the follow-up the values would plan (offered on new interviews). */
  onPreview?: (values: InterviewFormValues) => Promise<unknown>;
  /** Where the preview appears, above the form's buttons. */
  preview?: ReactNode;
  /** Called on every edit (a preview of earlier values is then out of date). */
  onEdit?: () => void;
}

export function InterviewForm({ initialValues, mode, onSubmit, cancelTo, onPreview, preview, onEdit }: InterviewFormProps) {
  const [values, setValues] = useState(initialValues);
  // Every edit goes through here, so a preview of the old values can be dropped.
  const update: typeof setValues = (action) => {
    setValues(action);
    onEdit?.();
  };
  const [saving, setSaving] = useState(false);
  const isKnownField = useMemo(() => knownFieldPredicate(values), [values]);
  const form = useFormErrors({ isKnownField });
  const focusAfterAdd = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterAdd.current) {
      document.getElementById(focusAfterAdd.current)?.focus();
      focusAfterAdd.current = null;
    }
  }, [values.interviewers.length]);

  const text = (key: TextKey) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => update((current) => ({ ...current, [key]: event.target.value })),
  });

  const updateInterviewer = (index: number, patch: Partial<InterviewerValues>) =>
    update((current) => ({
      ...current,
      interviewers: current.interviewers.map((person, i) => (i === index ? { ...person, ...patch } : person)),
    }));

  const interviewerText = (index: number, key: InterviewerTextKey) => ({
    value: values.interviewers[index]?.[key] ?? '',
    onChange: (event: { target: { value: string } }) => updateInterviewer(index, { [key]: event.target.value }),
  });

  const addInterviewer = () => {
    focusAfterAdd.current = fieldId(`interviewers.${values.interviewers.length}.name`);
    update((current) => ({ ...current, interviewers: [...current.interviewers, emptyInterviewer()] }));
  };

  const removeInterviewer = (index: number) => {
    update((current) => ({ ...current, interviewers: current.interviewers.filter((_, i) => i !== index) }));
    form.clear();
    // Keep the keyboard user in the section: focus the add button after removal.
    requestAnimationFrame(() => document.getElementById('add-interviewer')?.focus());
  };

  const runPreview = async () => {
    if (!onPreview) return;
    const problems = validateInterview(values);
    if (problems) {
      form.setErrors(problems);
      return;
    }
    form.clear();
    try {
      await onPreview(values);
    } catch (error) {
      form.capture(error);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateInterview(values);
    if (problems) {
      form.setErrors(problems);
      return;
    }
    form.clear();
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      form.capture(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form form--wide" onSubmit={(event) => void submit(event)} noValidate aria-label={mode === 'create' ? 'New interview' : 'Edit interview'}>
      <ErrorSummary errors={form.errors} title="The interview could not be saved" describeField={describeField} />
      <FormErrorsProvider errors={form.fields}>
        <Fieldset legend="The interview">
          <div className="grid-2">
            <TextField name="company" label="Company" autoComplete="organization" required {...text('company')} />
            <TextField name="position" label="Position" autoComplete="organization-title" required {...text('position')} />
          </div>
          <TextField name="stage" label="Stage or round" optional hint="For example: Recruiter screen, Panel, Final round." {...text('stage')} />
          <div className="grid-2">
            <TextField
              name="scheduled_at"
              label="Date and time"
              type="datetime-local"
              required
              hint="In the interview’s time zone."
              {...text('scheduled_at')}
            />
            <TimeZoneSelect
              name="timezone"
              label="Time zone"
              hint="Where the interview takes place; yours by default."
              value={values.timezone}
              onChange={(zone) => update((current) => ({ ...current, timezone: zone }))}
            />
          </div>
          <div className="grid-2">
            <TextField
              name="duration_minutes"
              label="Duration in minutes"
              optional
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              step={1}
              {...text('duration_minutes')}
            />
            <SelectField
              name="format"
              label="Format"
              optional
              options={[{ value: '', label: 'Not set' }, ...FORMATS]}
              value={values.format}
              onChange={(event) => update((current) => ({ ...current, format: event.target.value as '' | InterviewFormat }))}
            />
          </div>
          <TextField name="location" label="Location or meeting link" optional {...text('location')} />
          {mode === 'edit' ? (
            <SelectField
              name="status"
              label="Status"
              options={STATUSES}
              value={values.status}
              onChange={(event) => update((current) => ({ ...current, status: event.target.value as InterviewStatus }))}
            />
          ) : null}
        </Fieldset>

        <section className="stack" aria-labelledby="interviewers-heading">
          <div>
            <h2 id="interviewers-heading">Interviewers</h2>
            <p className="muted">
              Add each person you met. Their names and what each of them raised are what make a thank-you note
              specific, so note them while they are fresh.
            </p>
          </div>
          <Fieldset legend="Everyone you met" name="interviewers">
            {values.interviewers.length === 0 ? <p className="muted">No interviewers yet.</p> : null}
            {values.interviewers.map((person, index) => (
              <Fieldset key={person.key} legend={`Interviewer ${index + 1}`}>
                <div className="grid-2">
                  <TextField name={`interviewers.${index}.name`} label="Name" required {...interviewerText(index, 'name')} />
                  <TextField name={`interviewers.${index}.title`} label="Job title" optional {...interviewerText(index, 'title')} />
                </div>
                <div className="grid-2">
                  <TextField
                    name={`interviewers.${index}.email`}
                    label="Email"
                    optional
                    type="email"
                    autoComplete="off"
                    {...interviewerText(index, 'email')}
                  />
                  <TextField
                    name={`interviewers.${index}.linkedin_url`}
                    label="LinkedIn profile URL"
                    optional
                    type="url"
                    placeholder="https://www.linkedin.com/in/…"
                    {...interviewerText(index, 'linkedin_url')}
                  />
                </div>
                <CheckboxField
                  name={`interviewers.${index}.is_hiring_manager`}
                  label="Hiring manager"
                  hint="Updates while you wait go to the hiring manager."
                  checked={person.is_hiring_manager}
                  onChange={(event) => updateInterviewer(index, { is_hiring_manager: event.target.checked })}
                />
                <PointsField
                  name={`interviewers.${index}.discussion_points`}
                  label="What they raised"
                  hint="One point per line: a project, a question they asked, a shared interest."
                  lines={person.discussion_points}
                  details={person.point_details}
                  toSpeaker
                  onLinesChange={(lines) => updateInterviewer(index, { discussion_points: lines })}
                  onDetailsChange={(details) => updateInterviewer(index, { point_details: details })}
                />
                <div>
                  <Button variant="danger" small onClick={() => removeInterviewer(index)}>
                    Remove interviewer {index + 1}
                  </Button>
                </div>
              </Fieldset>
            ))}
            <div>
              <Button id="add-interviewer" variant="secondary" onClick={addInterviewer}>
                Add an interviewer
              </Button>
            </div>
          </Fieldset>
        </section>

        <PointsField
          name="discussion_points"
          label="What you discussed overall"
          hint="One point per line. Topics from the whole interview, not tied to one person."
          lines={values.discussion_points}
          details={values.point_details}
          toSpeaker={false}
          onLinesChange={(lines) => update((current) => ({ ...current, discussion_points: lines }))}
          onDetailsChange={(details) => update((current) => ({ ...current, point_details: details }))}
        />

        <Fieldset
          legend="Next steps"
          name="next_steps"
          hint="What they said happens next. If they gave a date and it passes, a follow-up is planned."
        >
          <div className="grid-2">
            <TextField
              name="next_steps.description"
              label="What happens next"
              optional
              placeholder="A decision by Friday"
              {...text('next_steps_description')}
            />
            <TextField name="next_steps.expected_by" label="Expected by" optional type="date" {...text('next_steps_expected_by')} />
          </div>
        </Fieldset>

        <TextAreaField name="notes" label="Private notes" optional rows={4} {...text('notes')} />
      </FormErrorsProvider>

      <div aria-live="polite">{preview}</div>

      <div className="form-actions">
        <Button type="submit" pending={saving} pendingLabel="Saving…">
          {mode === 'create' ? 'Save interview' : 'Save changes'}
        </Button>
        {onPreview ? (
          <Button variant="secondary" onClick={() => void runPreview()}>
            Preview the follow-up
          </Button>
        ) : null}
        <Link to={cancelTo} className="button button--ghost">
          Cancel
        </Link>
      </div>
    </form>
  );
}
