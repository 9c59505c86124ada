import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export function DraftsRoute() {
  return (
    <>
      <PageHeader title="Drafts" lead="Notes written from your interviews, checked against what makes a follow-up work." />
      <EmptyState
        title="No drafts yet"
        actions={<ButtonLink to="/interviews">Open an interview</ButtonLink>}
      >
        <p>
          A draft starts from an interview: the interviewer’s name in the greeting, the points they raised, the
          position and organization, and the next steps you were told. As you edit, each draft is checked:
        </p>
        <ul>
          <li>Does it address the person by name and mention something you discussed?</li>
          <li>Does it restate your interest in the role and the organization?</li>
          <li>Is it sent within 48 hours, at a readable length, with no placeholders or filler left in?</li>
          <li>Does it read differently from the note to their colleague?</li>
        </ul>
      </EmptyState>
    </>
  );
}
