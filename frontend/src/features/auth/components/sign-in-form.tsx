import { useState, type FormEvent } from 'react';
import { ErrorSummary, FormErrorsProvider, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { useLogin } from '../api/login';

export function SignInForm({ onSuccess }: { onSuccess: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const form = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    login.mutate({ email: email.trim(), password }, { onSuccess, onError: form.capture });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign in">
      <ErrorSummary errors={form.errors} title="Could not sign in" />
      <FormErrorsProvider errors={form.fields}>
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
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" pending={login.isPending} pendingLabel="Signing in…">
          Sign in
        </Button>
      </div>
    </form>
  );
}
