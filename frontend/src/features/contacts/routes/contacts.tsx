import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export function ContactsRoute() {
  return (
    <>
      <PageHeader title="Contacts" lead="The people you have met across interviews, and when you last wrote to them." />
      <EmptyState
        title="No contacts yet"
        actions={<ButtonLink to="/interviews/new">Add an interview</ButtonLink>}
      >
        <p>
          Everyone you add as an interviewer becomes a contact, one per email address, however many interviews
          you meet them in. Keeping in touch matters even when a role does not work out: a short note every few
          months keeps the door open for the next one.
        </p>
      </EmptyState>
    </>
  );
}
