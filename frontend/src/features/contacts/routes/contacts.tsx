import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TextField } from '@/components/form';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { useContacts } from '../api/get-contacts';
import { LastContacted } from '../components/last-contacted';

export function ContactsRoute() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [search, setSearch] = useState(q);
  const contacts = useContacts(q);
  const now = useMemo(() => new Date(contacts.dataUpdatedAt), [contacts.dataUpdatedAt]);
  const people = contacts.data?.pages.flatMap((page) => page.data) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(search.trim() ? { q: search.trim() } : {});
  };

  return (
    <>
      <PageHeader title="Contacts" lead="The people you have met across interviews, and when you last wrote to them." />

      <form role="search" aria-label="Contacts" className="filters filters--single" onSubmit={submit}>
        <TextField
          name="q"
          label="Search"
          type="search"
          hint="Name, email or company."
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
      </form>

      <div className="stack">
        {contacts.isPending ? <Loading label="Loading contacts…" /> : null}
        {contacts.isError ? <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} /> : null}
        {contacts.isSuccess && people.length === 0 && !q ? (
          <EmptyState title="No contacts yet" actions={<ButtonLink to="/interviews/new">Add an interview</ButtonLink>}>
            <p>
              Everyone you add as an interviewer becomes a contact, one per email address, however many interviews
              you meet them in. Keeping in touch matters even when a role does not work out: a short note every few
              months keeps the door open for the next one.
            </p>
          </EmptyState>
        ) : null}
        {contacts.isSuccess && people.length === 0 && q ? (
          <EmptyState
            title="No contacts match"
            actions={
              <Button
                variant="secondary"
                onClick={() => {
                  setSearch('');
                  setParams({});
                }}
              >
                Clear the search
              </Button>
            }
          >
            <p>Search looks at names, email addresses and companies.</p>
          </EmptyState>
        ) : null}
        {people.length > 0 ? (
          <ul className="item-list" aria-label="Contacts">
            {people.map((person) => (
              <li key={person.id} className="item-card">
                <div>
                  <h2 className="item-card__title">
                    <Link to={`/contacts/${person.id}`}>{person.name}</Link>
                  </h2>
                  <p className="item-card__meta">
                    {[person.title, person.company].filter(Boolean).join(' at ') || 'No title noted'} ·{' '}
                    <LastContacted at={person.last_contacted_at} now={now} timeZone={user.timezone} />
                  </p>
                </div>
                {person.keep_in_touch_interval_days ? (
                  <span className="badge">Every {person.keep_in_touch_interval_days} days</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {contacts.hasNextPage ? (
          <div>
            <Button
              variant="secondary"
              pending={contacts.isFetchingNextPage}
              pendingLabel="Loading more…"
              onClick={() => void contacts.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
