import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './error-summary';

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists form and field errors, takes focus, and links each to its field', async () => {
    render(
      <>
        <ErrorSummary
          errors={{ form: ['source and external_id go together'], fields: { 'interviewers.1.email': ['Not an email.'] } }}
          describeField={(path) => (path === 'interviewers.1.email' ? 'Interviewer 2 email' : undefined)}
        />
        <input id="field-interviewers-1-email" aria-label="Email" />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('source and external_id go together');

    const link = screen.getByRole('link', { name: 'Interviewer 2 email: Not an email.' });
    expect(link).toHaveAttribute('href', '#field-interviewers-1-email');
    await userEvent.click(link);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });
});
