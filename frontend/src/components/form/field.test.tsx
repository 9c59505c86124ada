import { render, screen } from '@testing-library/react';
import { CheckboxField, TextField } from './field';
import { FormErrorsProvider } from './form-errors';

describe('TextField', () => {
  it('labels its input and marks optional fields', () => {
    render(<TextField name="stage" label="Stage" optional hint="For example: Panel." defaultValue="" />);
    const input = screen.getByRole('textbox', { name: /^Stage ?\(optional\)$/ });
    expect(input).toHaveAttribute('id', 'field-stage');
    expect(input).toHaveAccessibleDescription('For example: Panel.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows the errors for its path next to it and ties them to the input', () => {
    render(
      <FormErrorsProvider errors={{ 'interviewers.0.email': ['Enter a valid email address.'] }}>
        <TextField name="interviewers.0.email" label="Email" defaultValue="dana-at-acme" />
        <TextField name="interviewers.0.name" label="Name" defaultValue="Dana" />
      </FormErrorsProvider>,
    );
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/^Error: ?Enter a valid email address\.$/);
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
  });
});

describe('CheckboxField', () => {
  it('is labelled by its text', () => {
    render(<CheckboxField name="is_hiring_manager" label="Hiring manager" defaultChecked />);
    expect(screen.getByRole('checkbox', { name: 'Hiring manager' })).toBeChecked();
  });
});
