import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { jsonResponse, mockFetch, renderWithProviders } from '@/test/render';
import type { PointDetails } from './interview-form-model';
import { PointsField } from './points-field';

function Harness({ initialLines = '', toSpeaker = true }: { initialLines?: string; toSpeaker?: boolean }) {
  const [lines, setLines] = useState(initialLines);
  const [details, setDetails] = useState<PointDetails>({});
  return (
    <PointsField
      name="interviewers.0.discussion_points"
      label="What they raised"
      hint="One point per line."
      lines={lines}
      details={details}
      toSpeaker={toSpeaker}
      onLinesChange={setLines}
      onDetailsChange={setDetails}
    />
  );
}

const LONG =
  'We talked about their migration from MySQL to Postgres, how they handled downtime during the cutover, and what they would do differently';

async function bodyOf(request: Request | undefined): Promise<unknown> {
  if (!request) throw new Error('a preview request was expected');
  return (await request.clone().json()) as unknown;
}

describe('PointsField', () => {
  it('shows how each point reads in a note, as the server phrases it to the speaker', async () => {
    const { requests } = mockFetch(
      jsonResponse([{ phrase: "your team's migration to Postgres", quotable: true, word_count: 6, nudge: null }]),
    );
    renderWithProviders(<Harness initialLines="Talked about their migration to Postgres." />);
    expect(await screen.findByText("In a note: …your team's migration to Postgres", undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(requests[0]?.url).toMatch(/\/v1\/discussion-points\/preview$/);
    expect(await bodyOf(requests[0])).toEqual({
      points: [{ text: 'Talked about their migration to Postgres.', topic: null, my_angle: null }],
      to_speaker: true,
    });
  });

  it('nudges when a point is too long to quote', async () => {
    const nudge = 'Long points are summarised by their topic; give it a short topic or shorten it to 15 words or fewer.';
    mockFetch(
      jsonResponse([{ phrase: "your team's migration from MySQL to Postgres", quotable: false, word_count: 23, nudge }]),
    );
    renderWithProviders(<Harness initialLines={LONG} />);
    expect(await screen.findByText(nudge, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText(/In a note: …your team's migration from MySQL to Postgres/)).toBeInTheDocument();
  });

  it('keeps topic and angle folded away until asked for, and sends them once typed', async () => {
    const { requests } = mockFetch(
      jsonResponse([{ phrase: 'the on-call rotation', quotable: true, word_count: 1, nudge: null }]),
      jsonResponse([{ phrase: 'the on-call rotation', quotable: true, word_count: 1, nudge: null }]),
    );
    renderWithProviders(<Harness initialLines="on-call" toSpeaker={false} />);
    await screen.findByText('In a note: …the on-call rotation', undefined, { timeout: 3000 });
    const topic = screen.getByLabelText(/^Topic of point 1/);
    expect(topic).not.toBeVisible();
    await userEvent.click(screen.getByText('Topic and your angle for point 1'));
    expect(topic).toBeVisible();
    await userEvent.type(topic, 'on-call rotation');
    await userEvent.type(screen.getByRole('textbox', { name: /^Your angle on point 1 ?\(optional\)$/ }), 'I ran ours');
    await vi.waitFor(() => expect(requests).toHaveLength(2), { timeout: 3000 });
    expect(await bodyOf(requests[1])).toEqual({
      points: [{ text: 'on-call', topic: 'on-call rotation', my_angle: 'I ran ours' }],
      to_speaker: false,
    });
  });
});
