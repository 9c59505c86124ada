import { useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, Fieldset, FormErrorsProvider, SelectField, TextField, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { SCOPE_DESCRIPTIONS, SCOPES, useCreateToken, type CreatedToken, type Scope } from '../api/tokens';

const EXPIRY_OPTIONS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '366', label: 'One year' },
];

const FIELD_NAMES: Record<string, string> = { name: 'Name', scopes: 'Access', expires_in_days: 'Expires after' };

export function TokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['interviews:read']);
  const [expires, setExpires] = useState('90');
  const create = useCreateToken();
  const form = useFormErrors({ isKnownField: (path) => path in FIELD_NAMES });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!name.trim()) problems.name = ['Name the token after what will use it, such as “Nightly export”.'];
    if (scopes.length === 0) problems.scopes = ['Choose at least one kind of access.'];
    if (Object.keys(problems).length > 0) {
      form.setErrors({ fields: problems, form: [] });
      return;
    }
    form.clear();
    create.mutate(
      { name: name.trim(), scopes, expires_in_days: Number(expires) },
      {
        onSuccess: (token) => {
          setName('');
          onCreated(token);
        },
        onError: form.capture,
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="new-token-heading">
      <h3 id="new-token-heading">Create a token</h3>
      <ErrorSummary errors={form.errors} title="The token could not be created" describeField={(path) => FIELD_NAMES[path]} />
      <FormErrorsProvider errors={form.fields}>
        <TextField name="name" label="Name" hint="What will use it, so you know which to revoke later." value={name} onChange={(event) => setName(event.target.value)} />
        <Fieldset legend="Access" name="scopes" hint="Give a script only what it needs.">
          <div className="scope-grid">
            {SCOPES.map((scope) => (
              <CheckboxField
                key={scope}
                name={`scope-${scope}`}
                label={
                  <>
                    {SCOPE_DESCRIPTIONS[scope]} <code className="muted">{scope}</code>
                  </>
                }
                errors={[]}
                checked={scopes.includes(scope)}
                onChange={(event) =>
                  setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))
                }
              />
            ))}
          </div>
        </Fieldset>
        <SelectField
          name="expires_in_days"
          label="Expires after"
          options={EXPIRY_OPTIONS}
          value={expires}
          onChange={(event) => setExpires(event.target.value)}
        />
      </FormErrorsProvider>
      <div className="form-actions">
        <Button type="submit" pending={create.isPending} pendingLabel="Creating…">
          Create token
        </Button>
      </div>
    </form>
  );
}
