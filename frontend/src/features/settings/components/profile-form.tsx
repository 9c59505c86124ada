import { useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, Fieldset, FormErrorsProvider, TextField, TimeZoneSelect, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/status';
import type { User } from '@/lib/auth';
import { useUpdateProfile } from '../api/update-profile';

/** ISO weekdays, as the API numbers them: 1 = Monday … 7 = Sunday. */
const WEEKDAYS = [
  { value: 1, label: 'Monday' },
  { value: 2, label: 'Tuesday' },
  { value: 3, label: 'Wednesday' },
  { value: 4, label: 'Thursday' },
  { value: 5, label: 'Friday' },
  { value: 6, label: 'Saturday' },
  { value: 7, label: 'Sunday' },
];

const FIELD_NAMES: Record<string, string> = {
  name: 'Name',
  timezone: 'Time zone',
  working_days: 'Working days',
  holiday_country: 'Public holidays',
};

export function ProfileForm({ user }: { user: User }) {
  const [name, setName] = useState(user.name ?? '');
  const [timezone, setTimezone] = useState(user.timezone);
  const [workingDays, setWorkingDays] = useState<number[]>(user.working_days);
  const [holidayCountry, setHolidayCountry] = useState(user.holiday_country ?? '');
  const [saved, setSaved] = useState(false);
  const update = useUpdateProfile();
  const form = useFormErrors({ isKnownField: (path) => path in FIELD_NAMES });

  const toggleDay = (day: number, on: boolean) => {
    setSaved(false);
    setWorkingDays((days) => (on ? [...days, day].sort((a, b) => a - b) : days.filter((d) => d !== day)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (workingDays.length === 0) {
      form.setErrors({ fields: { working_days: ['Choose at least one working day.'] }, form: [] });
      return;
    }
    form.clear();
    update.mutate(
      {
        name: name.trim() || null,
        timezone,
        working_days: workingDays,
        holiday_country: holidayCountry.trim().toUpperCase() || null,
      },
      { onSuccess: () => setSaved(true), onError: form.capture },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <ErrorSummary errors={form.errors} title="Your profile could not be saved" describeField={(path) => FIELD_NAMES[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextField
          name="name"
          label="Name"
          optional
          autoComplete="name"
          hint="Signs the notes Afterword drafts for you."
          value={name}
          onChange={(event) => {
            setSaved(false);
            setName(event.target.value);
          }}
        />
        <p className="muted">Email: {user.email}</p>
        <TimeZoneSelect
          name="timezone"
          label="Time zone"
          hint="Your agenda groups and shows due times in this zone."
          value={timezone}
          onChange={(zone) => {
            setSaved(false);
            setTimezone(zone);
          }}
        />
        <Fieldset
          legend="Working days"
          name="working_days"
          hint="Follow-ups are planned on these days only: a Friday interview’s thank-you falls due on Monday, not Saturday."
        >
          <div className="weekday-grid">
            {WEEKDAYS.map((day) => (
              <CheckboxField
                key={day.value}
                name={`working_days.${day.value}`}
                label={day.label}
                errors={[]}
                checked={workingDays.includes(day.value)}
                onChange={(event) => toggleDay(day.value, event.target.checked)}
              />
            ))}
          </div>
        </Fieldset>
        <TextField
          name="holiday_country"
          label="Public holidays"
          optional
          autoComplete="off"
          hint="A country code, with a region where holidays differ: DE for Germany, DE-BE for Berlin. Follow-ups skip these holidays; leave it empty to skip none."
          value={holidayCountry}
          onChange={(event) => {
            setSaved(false);
            setHolidayCountry(event.target.value);
          }}
        />
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
          Save profile
        </Button>
      </div>
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success">
            <p>Profile saved.</p>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
