import { useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, Fieldset, FormErrorsProvider, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Loading, Notice, QueryError } from '@/components/ui/status';
import {
  usePlaybookSettings,
  useUpdatePlaybookSettings,
  type PlaybookSettings,
  type PlaybookSettingsPatch,
} from '../api/playbook-settings';

type Values = Required<PlaybookSettings>;
type NumberKey = { [K in keyof Values]-?: Values[K] extends number ? K : never }[keyof Values];
type BooleanKey = { [K in keyof Values]-?: Values[K] extends boolean ? K : never }[keyof Values];

/** The seed's defaults, used for any field the server leaves out. */
const DEFAULTS: Values = {
  thank_you_enabled: true,
  thank_you_due_hours: 24,
  thank_you_deadline_hours: 48,
  next_steps_follow_up_enabled: true,
  next_steps_grace_days: 2,
  next_steps_follow_up_time: '10:00:00',
  next_steps_undated_working_days: 5,
  periodic_update_enabled: true,
  periodic_update_interval_days: 14,
  periodic_update_count: 3,
  linkedin_connect_enabled: true,
  linkedin_connect_working_days: 1,
  rejection_follow_up_enabled: true,
  rejection_feedback_in_thank_you: false,
  reflection_enabled: true,
  keep_in_touch_enabled: true,
  keep_in_touch_interval_days: 90,
};

const FIELD_LABELS: Record<keyof Values, string> = {
  thank_you_enabled: 'Thank-you notes',
  thank_you_due_hours: 'Thank-you due after',
  thank_you_deadline_hours: 'Thank-you overdue after',
  next_steps_follow_up_enabled: 'Follow-up on next steps',
  next_steps_grace_days: 'Follow-up wait',
  next_steps_follow_up_time: 'Follow-up time of day',
  next_steps_undated_working_days: 'Follow-up wait without a date',
  periodic_update_enabled: 'Updates while you wait',
  periodic_update_interval_days: 'Days between updates',
  periodic_update_count: 'Most updates',
  linkedin_connect_enabled: 'LinkedIn connections',
  linkedin_connect_working_days: 'LinkedIn connection due after',
  rejection_follow_up_enabled: 'Thank-you and feedback request after a no',
  rejection_feedback_in_thank_you: 'Feedback asked in the thank-you',
  reflection_enabled: 'Reflection after a no',
  keep_in_touch_enabled: 'Keeping in touch after a no',
  keep_in_touch_interval_days: 'Days between keep-in-touch notes',
};

export function PlaybookSettingsPanel() {
  const settings = usePlaybookSettings();
  return (
    <div className="stack">
      <div>
        <h2>Playbook</h2>
        <p className="muted">
          Which follow-up Afterword plans after each interview, and when it falls due. Hours and days count your
          working days only, in the interview’s time zone, and skip the public holidays of the country set in your
          profile. Changes move or close tasks that are still open; what you
          completed, skipped or rescheduled yourself stays as it is.
        </p>
      </div>
      {settings.isPending ? <Loading label="Loading your playbook…" /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.isSuccess ? <PlaybookForm initial={{ ...DEFAULTS, ...settings.data }} /> : null}
    </div>
  );
}

function PlaybookForm({ initial }: { initial: Values }) {
  const [values, setValues] = useState(() => ({
    ...initial,
    next_steps_follow_up_time: initial.next_steps_follow_up_time.slice(0, 5),
  }));
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(() => {
    const entries = (Object.keys(initial) as (keyof Values)[])
      .filter((key): key is NumberKey => typeof initial[key] === 'number')
      .map((key) => [key, String(initial[key])]);
    return Object.fromEntries(entries) as Record<NumberKey, string>;
  });
  const [saved, setSaved] = useState(false);
  const update = useUpdatePlaybookSettings();
  const form = useFormErrors({ isKnownField: (path) => path in FIELD_LABELS });

  const toggle = (key: BooleanKey) => ({
    checked: values[key],
    onChange: (event: { target: { checked: boolean } }) => {
      setSaved(false);
      setValues((current) => ({ ...current, [key]: event.target.checked }));
    },
  });

  const number = (key: NumberKey) => ({
    type: 'number' as const,
    inputMode: 'numeric' as const,
    min: 1,
    step: 1,
    value: numbers[key],
    onChange: (event: { target: { value: string } }) => {
      setSaved(false);
      setNumbers((current) => ({ ...current, [key]: event.target.value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string[]> = {};
    const patch: PlaybookSettingsPatch = {};
    for (const [key, text] of Object.entries(numbers) as [NumberKey, string][]) {
      if (!/^\d+$/.test(text.trim())) problems[key] = ['Enter a whole number.'];
      else patch[key] = Number(text);
    }
    for (const key of Object.keys(values) as (keyof Values)[]) {
      const value = values[key];
      if (typeof value === 'boolean') patch[key as BooleanKey] = value;
    }
    if (!/^\d{2}:\d{2}$/.test(values.next_steps_follow_up_time)) problems.next_steps_follow_up_time = ['Enter a time such as 10:00.'];
    else patch.next_steps_follow_up_time = `${values.next_steps_follow_up_time}:00`;
    if (Object.keys(problems).length > 0) {
      form.setErrors({ fields: problems, form: [] });
      return;
    }
    form.clear();
    update.mutate(patch, { onSuccess: () => setSaved(true), onError: form.capture });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Playbook settings">
      <ErrorSummary errors={form.errors} title="The playbook could not be saved" describeField={(path) => FIELD_LABELS[path as keyof Values]} />
      <FormErrorsProvider errors={form.fields}>
        <Fieldset
          legend="Thank-you notes"
          hint="Send a thank-you to each interviewer within one working day, and no later than two working days after the interview."
        >
          <CheckboxField name="thank_you_enabled" label="Plan a thank-you note to each interviewer" {...toggle('thank_you_enabled')} />
          <div className="grid-2">
            <TextField name="thank_you_due_hours" label="Due after (working hours)" {...number('thank_you_due_hours')} />
            <TextField name="thank_you_deadline_hours" label="Overdue after (working hours)" {...number('thank_you_deadline_hours')} />
          </div>
        </Fieldset>
        <Fieldset
          legend="When a stated timeline passes"
          hint="If they said when you would hear back, follow up once that date has passed. If they gave next steps without a date, follow up after a working week."
        >
          <CheckboxField name="next_steps_follow_up_enabled" label="Plan a follow-up on next steps" {...toggle('next_steps_follow_up_enabled')} />
          <div className="grid-2">
            <TextField name="next_steps_grace_days" label="Wait after the date (working days)" {...number('next_steps_grace_days')} />
            <TextField
              name="next_steps_follow_up_time"
              label="Time of day"
              type="time"
              value={values.next_steps_follow_up_time}
              onChange={(event) => {
                setSaved(false);
                setValues((current) => ({ ...current, next_steps_follow_up_time: event.target.value }));
              }}
            />
          </div>
          <TextField
            name="next_steps_undated_working_days"
            label="Next steps without a date: follow up after (working days)"
            {...number('next_steps_undated_working_days')}
          />
        </Fieldset>
        <Fieldset legend="Staying top-of-mind" hint="Brief updates to the hiring manager while the outcome is pending, and a LinkedIn connection.">
          <CheckboxField name="periodic_update_enabled" label="Plan updates while you wait" {...toggle('periodic_update_enabled')} />
          <div className="grid-2">
            <TextField name="periodic_update_interval_days" label="Days between updates" {...number('periodic_update_interval_days')} />
            <TextField name="periodic_update_count" label="At most this many updates" {...number('periodic_update_count')} />
          </div>
          <CheckboxField name="linkedin_connect_enabled" label="Plan a LinkedIn connection with interviewers who have a profile" {...toggle('linkedin_connect_enabled')} />
          <TextField name="linkedin_connect_working_days" label="Connection due after (working days)" {...number('linkedin_connect_working_days')} />
        </Fieldset>
        <Fieldset legend="If the answer is no" hint="Stay positive and professional: thank them, ask for feedback, learn from it, keep in touch.">
          <CheckboxField name="rejection_follow_up_enabled" label="Plan a gracious thank-you and a request for feedback" {...toggle('rejection_follow_up_enabled')} />
          <CheckboxField
            name="rejection_feedback_in_thank_you"
            label="Ask for feedback in the thank-you itself, as one note"
            hint="Otherwise the feedback request falls a working day after the thank-you."
            {...toggle('rejection_feedback_in_thank_you')}
          />
          <CheckboxField name="reflection_enabled" label="Plan a reflection on what to improve" {...toggle('reflection_enabled')} />
          <CheckboxField name="keep_in_touch_enabled" label="Plan keep-in-touch notes to the hiring manager" {...toggle('keep_in_touch_enabled')} />
          <TextField name="keep_in_touch_interval_days" label="Days between keep-in-touch notes" {...number('keep_in_touch_interval_days')} />
        </Fieldset>
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
          Save playbook
        </Button>
      </div>
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success">
            <p>Playbook saved. Open tasks have been re-planned.</p>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
