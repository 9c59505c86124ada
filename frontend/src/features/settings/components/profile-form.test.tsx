import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { User } from '@/lib/auth';
import { jsonResponse, mockFetch, problemResponse, renderWithProviders } from '@/test/render';
import { ProfileForm } from './profile-form';

const user: User = {
  id: '1',
  email: 'avery@example.com',
  name: 'Avery',
  timezone: 'Europe/Berlin',
  working_days: [1, 2, 3, 4, 5],
  holiday_country: null,
  created_at: '',
  updated_at: '',
};

describe('ProfileForm', () => {
  it('sends the holiday country in upper case', async () => {
    const { requests } = mockFetch(jsonResponse({ ...user, holiday_country: 'DE-BE' }));
    renderWithProviders(<ProfileForm user={user} />);

    await userEvent.type(screen.getByLabelText(/Public holidays/), ' de-be ');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    expect(await requests[0]?.json()).toEqual({
      name: 'Avery',
      timezone: 'Europe/Berlin',
      working_days: [1, 2, 3, 4, 5],
      holiday_country: 'DE-BE',
    });
  });

  it('clears the holiday country when the field is emptied', async () => {
    const { requests } = mockFetch(jsonResponse(user));
    renderWithProviders(<ProfileForm user={{ ...user, holiday_country: 'DE' }} />);

    await userEvent.clear(screen.getByLabelText(/Public holidays/));
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    expect(((await requests[0]?.json()) as { holiday_country: unknown }).holiday_country).toBeNull();
  });

  it('shows the server’s advice next to the holiday country', async () => {
    mockFetch(
      problemResponse(422, {
        title: 'Invalid request',
        code: 'validation_error',
        detail: 'The request has invalid fields.',
        errors: [{ pointer: '/body/holiday_country', detail: 'There is no public holiday calendar for the country XX.' }],
      }),
    );
    renderWithProviders(<ProfileForm user={user} />);

    await userEvent.type(screen.getByLabelText(/Public holidays/), 'XX');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    const field = await screen.findByRole('textbox', { name: /Public holidays/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/There is no public holiday calendar for the country XX\.$/);
  });
});
