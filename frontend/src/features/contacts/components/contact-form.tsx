import { useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, TextAreaField, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/status';
import { useUpdateContact } from '../api/update-contact';
import type { ContactDetail } from '../api/types';

const FIELDS: Record<string, string> = {
  name: 'Name',
  title: 'Job title',
  company: 'Company',
  email: 'Email',
  linkedin_url: 'LinkedIn profile URL',
  keep_in_touch_interval_days: 'Keep in touch every',
  notes: 'Notes',
};

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function ContactForm({ contact }: { contact: ContactDetail }) {
  const [values, setValues] = useState({
    name: contact.name,
    title: contact.title ?? '',
    company: contact.company ?? '',
    email: contact.email ?? '',
    linkedin_url: contact.linkedin_url ?? '',
    keep_in_touch_interval_days: contact.keep_in_touch_interval_days?.toString() ?? '',
    notes: contact.notes ?? '',
  });
  const [saved, setSaved] = useState(false);
  const update = useUpdateContact(contact.id);
  const form = useFormErrors({ isKnownField: (path) => path in FIELDS });

  const field = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => {
      setSaved(false);
      setValues((current) => ({ ...current, [key]: event.target.value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const days = values.keep_in_touch_interval_days.trim();
    if (!values.name.trim()) {
      form.setErrors({ fields: { name: ['Enter a name.'] }, form: [] });
      return;
    }
    if (days !== '' && !/^\d+$/.test(days)) {
      form.setErrors({ fields: { keep_in_touch_interval_days: ['Enter a whole number of days, or leave it empty.'] }, form: [] });
      return;
    }
    form.clear();
    update.mutate(
      {
        name: values.name.trim(),
        title: orNull(values.title),
        company: orNull(values.company),
        email: orNull(values.email),
        linkedin_url: orNull(values.linkedin_url),
        keep_in_touch_interval_days: days === '' ? null : Number(days),
        notes: orNull(values.notes),
      },
      { onSuccess: () => setSaved(true), onError: form.capture },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="contact-edit-heading">
      <h2 id="contact-edit-heading">Details</h2>
      <ErrorSummary errors={form.errors} title="The contact could not be saved" describeField={(path) => FIELDS[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextField name="name" label="Name" required {...field('name')} />
        <div className="grid-2">
          <TextField name="title" label="Job title" optional {...field('title')} />
          <TextField name="company" label="Company" optional {...field('company')} />
        </div>
        <div className="grid-2">
          <TextField name="email" label="Email" optional type="email" {...field('email')} />
          <TextField name="linkedin_url" label="LinkedIn profile URL" optional type="url" {...field('linkedin_url')} />
        </div>
        <TextField
          name="keep_in_touch_interval_days"
          label="Keep in touch every (days)"
          optional
          type="number"
          inputMode="numeric"
          min={1}
          hint="Leave empty to use your playbook’s default."
          {...field('keep_in_touch_interval_days')}
        />
        <TextAreaField name="notes" label="Notes" optional rows={3} {...field('notes')} />
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" variant="secondary" pending={update.isPending} pendingLabel="Saving…">
          Save contact
        </Button>
      </div>
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success">
            <p>Contact saved.</p>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
