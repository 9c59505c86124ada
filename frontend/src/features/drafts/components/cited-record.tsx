import { Link } from 'react-router';
import { useCitedAccomplishment, useCitedResource } from '../api/get-cited';
import type { Draft } from '../api/types';

/**
 * What an update or a shared resource is built on: the user's own record, named, with the
 * way to add one when nothing was recorded (the note then holds a marked slot instead).
 */
export function CitedRecord({ draft }: { draft: Draft }) {
  const accomplishment = useCitedAccomplishment(draft.kind === 'periodic_update' ? draft.accomplishment_id : null);
  const resource = useCitedResource(draft.kind === 'share_resource' ? draft.resource_id : null);

  if (draft.kind === 'periodic_update') {
    if (!draft.accomplishment_id) {
      return (
        <p className="muted">
          No accomplishment since the interview to cite. <Link to="/accomplishments">Record one</Link>, then write the
          update again.
        </p>
      );
    }
    return (
      <p className="muted">
        Cites your accomplishment {accomplishment.data ? <>“{accomplishment.data.title}”</> : null} (
        <Link to="/accomplishments">Accomplishments</Link>).
      </p>
    );
  }
  if (draft.kind === 'share_resource') {
    if (!draft.resource_id) {
      return (
        <p className="muted">
          No saved resource to share. <Link to="/resources">Save one</Link>, then write the note again.
        </p>
      );
    }
    return (
      <p className="muted">
        Shares {resource.data ? <a href={resource.data.url}>“{resource.data.title}”</a> : 'one of your resources'} (
        <Link to="/resources">Resources</Link>).
      </p>
    );
  }
  return null;
}
