import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Task } from '@/lib/tasks';
import { renderWithProviders } from '@/test/render';
import { TaskCard } from './task-card';

const task: Task = {
  id: 'b1c2d3e4-0000-4000-8000-000000000001',
  kind: 'thank_you',
  title: 'Send a thank-you note to Dana Lee',
  guidance: 'Within a working day: name them, recall what you discussed, restate your interest.',
  interview_id: 'b1c2d3e4-0000-4000-8000-000000000002',
  interview: { id: 'b1c2d3e4-0000-4000-8000-000000000002', company: 'Acme', position: 'Staff Engineer' },
  interviewer_id: null,
  interviewer: null,
  contact_id: null,
  contact: null,
  due_at: '2025-06-04T14:00:00Z',
  deadline_at: '2025-06-05T14:00:00Z',
  status: 'open',
  snoozed_until: null,
  origin: 'thank_you:x',
  completed_at: null,
  draft_id: null,
  is_overdue: false,
  skip_reason: null,
  created_at: '2025-06-03T14:00:00Z',
  updated_at: '2025-06-03T14:00:00Z',
};

// Tuesday 3 June 2025, 11:00 in Berlin.
const now = new Date('2025-06-03T09:00:00Z');

function renderCard(onChange = vi.fn()) {
  renderWithProviders(
    <ul>
      <TaskCard task={task} now={now} timeZone="Europe/Berlin" busy={false} onChange={onChange} />
    </ul>,
  );
  return onChange;
}

describe('TaskCard', () => {
  it('says when it is due in the user time zone and links the interview', () => {
    renderCard();
    expect(screen.getByRole('listitem', { name: task.title })).toBeInTheDocument();
    expect(screen.getByText('due tomorrow 16:00')).toBeInTheDocument();
    expect(screen.getByText('Thursday 16:00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Staff Engineer at Acme' })).toHaveAttribute('href', `/interviews/${task.interview_id}`);
  });

  it('completes and skips', async () => {
    const onChange = renderCard();
    await userEvent.click(screen.getByRole('button', { name: `Done: ${task.title}` }));
    expect(onChange).toHaveBeenLastCalledWith(task, { status: 'done' }, `“${task.title}” marked done.`);
    await userEvent.click(screen.getByRole('button', { name: `Skip: ${task.title}` }));
    expect(onChange).toHaveBeenLastCalledWith(task, { status: 'skipped', skip_reason: 'Skipped from the agenda.' }, `“${task.title}” skipped.`);
  });

  it('snoozes until a morning in the user time zone', async () => {
    const onChange = renderCard();
    await userEvent.click(screen.getByText('Snooze'));
    await userEvent.click(screen.getByRole('button', { name: 'For three days' }));
    expect(onChange).toHaveBeenLastCalledWith(task, { snoozed_until: '2025-06-06T09:00:00+02:00' }, 'Snoozed until Friday 09:00.');
  });
});
