import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Badge, Loading, Notice, QueryError } from '@/components/ui/status';
import { isApiError } from '@/lib/api-error';
import { useUser } from '@/lib/auth';
import { taskKindLabel } from '@/lib/tasks';
import { formatDateTime, formatDue, toZonedRfc3339 } from '@/lib/time';
import { useContact } from '../api/get-contact';
import { useUpdateContact } from '../api/update-contact';
import { ContactForm } from '../components/contact-form';
import { LastContacted } from '../components/last-contacted';

export function ContactDetailRoute() {
  const { contactId = '' } = useParams();
  const user = useUser();
  const contact = useContact(contactId);
  const update = useUpdateContact(contactId);
  const [logged, setLogged] = useState(false);
  const now = useMemo(() => new Date(contact.dataUpdatedAt), [contact.dataUpdatedAt]);

  if (contact.isPending) return <Loading label="Loading the contact…" />;
  if (contact.isError) {
    const missing = isApiError(contact.error) && contact.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Contact not found' : 'Contact'} />
        {missing ? <p>This contact does not exist.</p> : <QueryError error={contact.error} onRetry={() => void contact.refetch()} />}
        <ButtonLink to="/contacts" variant="secondary">
          Back to contacts
        </ButtonLink>
      </>
    );
  }

  const person = contact.data;
  const logContact = () => {
    setLogged(false);
    update.mutate({ last_contacted_at: toZonedRfc3339(new Date(), user.timezone) }, { onSuccess: () => setLogged(true) });
  };

  return (
    <>
      <PageHeader
        title={person.name}
        lead={
          <>
            {[person.title, person.company].filter(Boolean).join(' at ')}
            {person.title || person.company ? ' · ' : ''}
            <LastContacted at={person.last_contacted_at} now={now} timeZone={user.timezone} />
          </>
        }
        actions={
          <Button variant="secondary" onClick={logContact} pending={update.isPending} pendingLabel="Saving…">
            I was in touch today
          </Button>
        }
      />
      <div className="stack">
        <div aria-live="polite">
          {logged ? (
            <Notice tone="success">
              <p>Logged. The keep-in-touch clock starts again from today.</p>
            </Notice>
          ) : null}
        </div>
        {update.isError ? <QueryError error={update.error} title="That could not be saved." /> : null}

        <section className="card" aria-labelledby="contact-tasks-heading">
          <h2 id="contact-tasks-heading">Open follow-up</h2>
          {person.open_tasks.length === 0 ? (
            <p className="muted">Nothing open for {person.name}.</p>
          ) : (
            <ul className="plan-list">
              {person.open_tasks.map((task) => (
                <li key={task.id} className="plan-list__item">
                  <div>
                    <p className="plan-list__title">{task.title}</p>
                    <p className="muted plan-list__meta">
                      {taskKindLabel(task.kind)} · <time dateTime={task.due_at}>{formatDue(task.due_at, now, user.timezone)}</time>
                    </p>
                  </div>
                  {task.is_overdue ? <Badge tone="danger">Overdue</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="contact-interviews-heading">
          <h2 id="contact-interviews-heading">Interviews together</h2>
          {person.interviews.length === 0 ? (
            <p className="muted">Not linked to any interview.</p>
          ) : (
            <ul>
              {person.interviews.map((interview) => (
                <li key={`${interview.id}-${interview.interviewer_id}`}>
                  <Link to={`/interviews/${interview.id}`}>
                    {interview.position} at {interview.company}
                  </Link>{' '}
                  <span className="muted">
                    · <time dateTime={interview.scheduled_at}>{formatDateTime(interview.scheduled_at, user.timezone)}</time>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card">
          <ContactForm key={person.id} contact={person} />
        </section>
      </div>
    </>
  );
}
