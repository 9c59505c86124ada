import { useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, TextField, TimeZoneSelect, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { browserTimeZone } from '@/lib/time';
import { useRegister } from '../api/register';

const FIELD_NAMES: Record<string, string> = {
  name: 'Your name',
  email: 'Email',
  password: 'Password',
  timezone: 'Time zone',
};

export function SignUpForm({ onSuccess }: { onSuccess: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [timezone, setTimezone] = useState(browserTimeZone);
  const register = useRegister();
  const form = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const trimmedName = name.trim();
    register.mutate(
      { email: email.trim(), password, timezone, ...(trimmedName ? { name: trimmedName } : {}) },
      { onSuccess, onError: form.capture },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Create your account">
      <ErrorSummary errors={form.errors} title="Could not create your account" describeField={(path) => FIELD_NAMES[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextField
          name="name"
          label="Your name"
          optional
          autoComplete="name"
          hint="Used to sign your notes."
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          required
          minLength={8}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TimeZoneSelect
          name="timezone"
          label="Time zone"
          hint="Due times on your agenda are shown in this zone."
          value={timezone}
          onChange={setTimezone}
        />
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" pending={register.isPending} pendingLabel="Creating your account…">
          Create account
        </Button>
      </div>
    </form>
  );
}
