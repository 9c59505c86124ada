import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { OUTCOMES, SORTS, STATUSES, type InterviewFilters } from '../api/types';

export interface InterviewFiltersProps {
  filters: InterviewFilters;
  onChange: (filters: InterviewFilters) => void;
}

/** Search and filters. The search runs on submit (Enter); the selects apply at once. */
export function InterviewFiltersBar({ filters, onChange }: InterviewFiltersProps) {
  const [q, setQ] = useState(filters.q ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() || undefined });
  };

  return (
    <form role="search" aria-label="Interviews" className="filters" onSubmit={submit}>
      <TextField
        name="q"
        label="Search"
        type="search"
        hint="Company, position or interviewer name."
        value={q}
        onChange={(event) => setQ(event.target.value)}
        className="filters__search"
      />
      <SelectField
        name="status"
        label="Status"
        options={[{ value: '', label: 'Any status' }, ...STATUSES]}
        value={filters.status ?? ''}
        onChange={(event) => onChange({ ...filters, status: (event.target.value || undefined) as InterviewFilters['status'] })}
      />
      <SelectField
        name="outcome"
        label="Outcome"
        options={[{ value: '', label: 'Any outcome' }, ...OUTCOMES]}
        value={filters.outcome ?? ''}
        onChange={(event) => onChange({ ...filters, outcome: (event.target.value || undefined) as InterviewFilters['outcome'] })}
      />
      <SelectField
        name="sort"
        label="Order"
        options={SORTS}
        value={filters.sort ?? '-scheduled_at'}
        onChange={(event) =>
          onChange({ ...filters, sort: event.target.value === '-scheduled_at' ? undefined : (event.target.value as InterviewFilters['sort']) })
        }
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
    </form>
  );
}
