import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/lib/api-error';
import { renderWithProviders } from '@/test/render';
import { InterviewForm } from './interview-form';
import { emptyInterviewValues, type InterviewFormValues } from './interview-form-model';

function renderForm(onSubmit = vi.fn<(values: InterviewFormValues) => Promise<unknown>>().mockResolvedValue(undefined)) {
  renderWithProviders(
    <InterviewForm mode="create" initialValues={emptyInterviewValues('Europe/Berlin')} onSubmit={onSubmit} cancelTo="/interviews" />,
  );
  return onSubmit;
}

async function fillRequired() {
  await userEvent.type(screen.getByRole('textbox', { name: 'Company' }), 'Acme');
  await userEvent.type(screen.getByRole('textbox', { name: 'Position' }), 'Staff Engineer');
  // datetime-local is not typeable in jsdom; set it the way a picker would.
  const when = screen.getByLabelText('Date and time');
  await userEvent.clear(when);
  await userEvent.type(when, '2025-06-03T15:00');
  await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Dana Lee');
}

describe('InterviewForm', () => {
  it('says what is missing without calling the server', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save interview' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Company: Enter the company you interviewed with.' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('adds an interviewer and moves focus to their name, and removes one', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Add an interviewer' }));
    expect(screen.getByRole('group', { name: 'Interviewer 2' })).toBeInTheDocument();
    expect(document.activeElement?.id).toBe('field-interviewers-1-name');
    await userEvent.click(screen.getByRole('button', { name: 'Remove interviewer 1' }));
    expect(screen.queryByRole('group', { name: 'Interviewer 2' })).not.toBeInTheDocument();
  });

  // Typing a whole form character by character takes seconds on a busy machine.
  it('submits the values and shows server errors next to their fields', async () => {
    const onSubmit = renderForm(
      vi.fn().mockRejectedValue(
        new ApiError(422, {
          status: 422,
          title: 'Invalid request',
          errors: [{ pointer: '/body/interviewers/0/email', detail: 'value is not a valid email address' }],
        }),
      ),
    );
    await fillRequired();
    await userEvent.type(screen.getByRole('textbox', { name: /^Email ?\(optional\)$/ }), 'dana-at-acme');
    await userEvent.click(screen.getByRole('button', { name: 'Save interview' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ company: 'Acme', scheduled_at: '2025-06-03T15:00' });
    const email = await screen.findByRole('textbox', { name: /^Email ?\(optional\)$/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('alert')).getByText('Interviewer 1 email: value is not a valid email address')).toBeInTheDocument();
  }, 20_000);
});
