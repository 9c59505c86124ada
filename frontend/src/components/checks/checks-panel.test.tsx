import { render, screen, within } from '@testing-library/react';
import type { Check } from '@/lib/checks';
import { ChecksPanel } from './checks-panel';

const checks: Check[] = [
  { id: 'addresses_by_name', passed: true, applies: true, severity: 'info', message: 'The greeting names Dana.' },
  { id: 'no_filler', passed: false, applies: true, severity: 'warning', message: 'Drop “just checking in”.' },
  { id: 'no_placeholders', passed: false, applies: true, severity: 'error', message: 'Fill in [company].' },
];

describe('ChecksPanel', () => {
  it('summarises, lists failures first, and says each verdict in words', () => {
    render(<ChecksPanel checks={checks} stale={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 checks pass.');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('No placeholders left'),
      expect.stringContaining('No empty phrases'),
      expect.stringContaining('Greets them by name'),
    ]);
    expect(items[0]).toHaveTextContent('Needs fixing');
    expect(items[1]).toHaveTextContent('Worth a look');
    expect(items[2]).toHaveTextContent('Passes');
  });

  it('shows a check that does not apply as not needed, last, and leaves it out of the count', () => {
    const withPrompt: Check[] = [
      { id: 'prompt', passed: true, applies: false, severity: 'info', message: 'Not needed for a feedback request.' },
      ...checks,
    ];
    render(<ChecksPanel checks={withPrompt} stale={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 checks pass.');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[3]).toHaveTextContent('Sent in time');
    expect(items[3]).toHaveTextContent('Not needed');
    expect(items[3]).not.toHaveTextContent('Passes');
  });

  it('says when the checks are behind the text', () => {
    render(<ChecksPanel checks={checks} stale />);
    expect(screen.getByRole('status')).toHaveTextContent('checking your latest changes');
  });
});
