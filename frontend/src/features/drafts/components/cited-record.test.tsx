import { screen } from '@testing-library/react';
import { jsonResponse, mockFetch, renderWithProviders } from '@/test/render';
import type { Draft } from '../api/types';
import { CitedRecord } from './cited-record';

const UPDATE: Draft = {
  id: 'd1',
  kind: 'periodic_update',
  channel: 'email',
  interview_id: 'i1',
  interviewer_id: 'p1',
  to: { name: 'Dana Lee', email: 'dana@acme.example' },
  subject: 'An update',
  body: 'Hi Dana,',
  status: 'draft',
  sent_at: null,
  task_id: null,
  accomplishment_id: 'a1',
  resource_id: null,
  checks: [],
  mailto: null,
  created_at: '2026-12-01T10:00:00Z',
  updated_at: '2026-12-01T10:00:00Z',
};

describe('CitedRecord', () => {
  it('names the accomplishment an update cites', async () => {
    const { requests } = mockFetch(
      jsonResponse({
        id: 'a1',
        title: 'Shipped the billing migration',
        detail: null,
        happened_on: null,
        link: null,
        topics: [],
        created_at: '2026-11-25T10:00:00Z',
        updated_at: '2026-11-25T10:00:00Z',
      }),
    );
    renderWithProviders(<CitedRecord draft={UPDATE} />);

    expect(await screen.findByText(/“Shipped the billing migration”/)).toHaveTextContent(
      'Cites your accomplishment “Shipped the billing migration” (Accomplishments).',
    );
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/v1/accomplishments/a1');
  });

  it('says where to record one when an update cites nothing', () => {
    const { requests } = mockFetch();
    renderWithProviders(<CitedRecord draft={{ ...UPDATE, accomplishment_id: null }} />);

    expect(screen.getByRole('link', { name: 'Record one' })).toHaveAttribute('href', '/accomplishments');
    expect(requests).toHaveLength(0);
  });

  it('shows nothing for a thank-you note', () => {
    const { container } = renderWithProviders(<CitedRecord draft={{ ...UPDATE, kind: 'thank_you', accomplishment_id: null }} />);

    expect(container).toBeEmptyDOMElement();
  });
});
