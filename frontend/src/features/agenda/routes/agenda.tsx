import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PlaybookPrimer } from '../components/playbook-primer';

export function AgendaRoute() {
  return (
    <>
      <PageHeader title="Agenda" lead="The follow-up work that is due: overdue first, then today, then what comes next." />
      <EmptyState
        title="Nothing due yet"
        actions={
          <>
            <ButtonLink to="/interviews/new">Add an interview</ButtonLink>
            <ButtonLink to="/interviews" variant="secondary">
              Your interviews
            </ButtonLink>
          </>
        }
      >
        <p>Your agenda is built from your interviews. For each one, Afterword plans the follow-up that good practice calls for:</p>
        <PlaybookPrimer />
      </EmptyState>
    </>
  );
}
