import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, mockFetch, renderWithProviders } from '@/test/render';
import { AccomplishmentsRoute } from './accomplishments';

const PAGE = {
  data: [
    {
      id: 'a1',
      title: 'Shipped the billing migration',
      detail: null,
      happened_on: '2026-11-25',
      link: null,
      topics: ['queues', 'billing'],
      created_at: '2026-11-25T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
    },
  ],
  has_more: false,
  next_cursor: null,
};

describe('AccomplishmentsRoute', () => {
  it('lists accomplishments with their day and topics, and opens one to edit', async () => {
    mockFetch(jsonResponse(PAGE));
    renderWithProviders(<AccomplishmentsRoute />);

    const list = await screen.findByRole('list', { name: 'Accomplishments' });
    expect(list).toHaveTextContent('Shipped the billing migration');
    expect(list).toHaveTextContent('Wed 25 Nov 2026 · queues, billing');

    await userEvent.click(screen.getByRole('button', { name: 'Edit “Shipped the billing migration”' }));

    expect(screen.getByRole('form', { name: 'Edit “Shipped the billing migration”' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Topics/)).toHaveValue('queues, billing');
  });

  it('explains what to record when there is nothing yet', async () => {
    mockFetch(jsonResponse({ data: [], has_more: false, next_cursor: null }));
    renderWithProviders(<AccomplishmentsRoute />);

    expect(await screen.findByRole('region', { name: 'Nothing recorded yet' })).toHaveTextContent(
      'Record it here and the update will cite it.',
    );
  });
});
