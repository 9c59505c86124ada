import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, mockFetch, renderWithProviders } from '@/test/render';
import { ResourceForm } from './resource-form';

describe('ResourceForm', () => {
  it('saves a resource with its link, title and topics', async () => {
    const { requests } = mockFetch(
      jsonResponse(
        {
          id: 'r1',
          url: 'https://blog.example.com/ledgers',
          title: 'Event-sourced ledgers',
          note: null,
          topics: ['billing'],
          created_at: '2026-12-01T10:00:00Z',
          updated_at: '2026-12-01T10:00:00Z',
        },
        201,
      ),
    );
    const onDone = vi.fn();
    renderWithProviders(<ResourceForm onDone={onDone} onCancel={vi.fn()} />);

    await userEvent.type(screen.getByLabelText(/Link/), 'https://blog.example.com/ledgers');
    await userEvent.type(screen.getByLabelText(/Title/), 'Event-sourced ledgers');
    await userEvent.type(screen.getByLabelText(/Topics/), 'billing');
    await userEvent.click(screen.getByRole('button', { name: 'Save it' }));

    expect(onDone).toHaveBeenCalledOnce();
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/v1/resources');
    expect(await requests[0]?.json()).toEqual({
      url: 'https://blog.example.com/ledgers',
      title: 'Event-sourced ledgers',
      topics: ['billing'],
      note: null,
    });
  });

  it('asks for the link and the title before sending anything', async () => {
    const { requests } = mockFetch();
    renderWithProviders(<ResourceForm onDone={vi.fn()} onCancel={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Save it' }));

    expect(requests).toHaveLength(0);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Link: Paste the link to the article or resource.');
    expect(summary).toHaveTextContent('Title: Give its title, as a note would name it.');
  });
});
