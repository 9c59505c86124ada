import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, mockFetch, problemResponse, renderWithProviders } from '@/test/render';
import type { Accomplishment } from '../api/types';
import { AccomplishmentForm, splitTopics } from './accomplishment-form';

const SAVED: Accomplishment = {
  id: 'a1',
  title: 'Shipped the billing migration',
  detail: 'Forty services, no downtime.',
  happened_on: '2026-11-25',
  link: 'https://github.com/ana/billing',
  topics: ['queues', 'billing'],
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
};

describe('AccomplishmentForm', () => {
  it('records an accomplishment with its topics split and empty fields left out as null', async () => {
    const { requests } = mockFetch(jsonResponse(SAVED, 201));
    const onDone = vi.fn();
    renderWithProviders(<AccomplishmentForm onDone={onDone} onCancel={vi.fn()} />);

    await userEvent.type(screen.getByLabelText(/What you did/), '  Shipped the billing migration ');
    await userEvent.type(screen.getByLabelText(/Topics/), 'queues, , billing ');
    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));

    expect(onDone).toHaveBeenCalledOnce();
    const request = requests[0];
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/v1/accomplishments');
    expect(request?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request?.json()).toEqual({
      title: 'Shipped the billing migration',
      happened_on: null,
      link: null,
      topics: ['queues', 'billing'],
      detail: null,
    });
  });

  it('asks for a title before sending anything', async () => {
    const { requests } = mockFetch();
    renderWithProviders(<AccomplishmentForm onDone={vi.fn()} onCancel={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));

    expect(requests).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /What you did/ })).toHaveAccessibleDescription(
      /Error: ?Say what you did, in a few words\.$/,
    );
  });

  it('shows the server’s message next to the field it names', async () => {
    mockFetch(
      problemResponse(422, {
        title: 'The request is not valid',
        code: 'validation_failed',
        detail: 'Check these fields: /body/link.',
        errors: [{ pointer: '/body/link', detail: 'must be an http(s) URL, such as https://www.linkedin.com/in/name' }],
      }),
    );
    renderWithProviders(<AccomplishmentForm onDone={vi.fn()} onCancel={vi.fn()} />);

    await userEvent.type(screen.getByLabelText(/What you did/), 'Gave a talk');
    await userEvent.type(screen.getByLabelText(/Link/), 'ftp://files.example.com/talk');
    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Link: must be an http(s) URL');
    expect(screen.getByLabelText(/Link/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves an edit as a merge patch that clears what was emptied', async () => {
    const { requests } = mockFetch(jsonResponse({ ...SAVED, detail: null }));
    const onDone = vi.fn();
    renderWithProviders(<AccomplishmentForm accomplishment={SAVED} onDone={onDone} onCancel={vi.fn()} />);

    await userEvent.clear(screen.getByLabelText(/Details/));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(onDone).toHaveBeenCalledOnce();
    expect(requests[0]?.method).toBe('PATCH');
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/v1/accomplishments/a1');
    expect(await requests[0]?.json()).toEqual({
      title: 'Shipped the billing migration',
      happened_on: '2026-11-25',
      link: 'https://github.com/ana/billing',
      topics: ['queues', 'billing'],
      detail: null,
    });
  });
});

describe('splitTopics', () => {
  it('splits on commas and drops blanks', () => {
    expect(splitTopics(' Kubernetes,data pipelines , ,')).toEqual(['Kubernetes', 'data pipelines']);
    expect(splitTopics('')).toEqual([]);
  });
});
