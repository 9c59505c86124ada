import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, problemResponse, jsonResponse, renderWithProviders } from '@/test/render';
import { SignInForm } from './sign-in-form';

describe('SignInForm', () => {
  it('signs in with the trimmed email', async () => {
    const { requests } = mockFetch(
      jsonResponse({ id: '1', email: 'avery@example.com', name: null, timezone: 'UTC', working_days: [1], holiday_country: null, created_at: '', updated_at: '' }),
    );
    const onSuccess = vi.fn();
    renderWithProviders(<SignInForm onSuccess={onSuccess} />);

    await userEvent.type(screen.getByLabelText('Email'), '  avery@example.com ');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(onSuccess).toHaveBeenCalledOnce();
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/v1/auth/login');
    expect(await requests[0]?.json()).toEqual({ email: 'avery@example.com', password: 'correct horse' });
  });

  it('explains a refused sign-in', async () => {
    mockFetch(problemResponse(401, { title: 'Invalid email or password', code: 'invalid_credentials', detail: 'Invalid email or password' }));
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);

    await userEvent.type(screen.getByLabelText('Email'), 'avery@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Could not sign in');
    expect(summary).toHaveTextContent('Invalid email or password');
  });

  it('puts a field error from the server next to the field', async () => {
    mockFetch(
      problemResponse(422, {
        title: 'Invalid request',
        code: 'validation_error',
        detail: 'The request has invalid fields.',
        errors: [{ pointer: '/body/email', detail: 'value is not a valid email address' }],
      }),
    );
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);

    await userEvent.type(screen.getByLabelText('Email'), 'avery');
    await userEvent.type(screen.getByLabelText('Password'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = await screen.findByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/^Error: ?value is not a valid email address$/);
  });
});
