import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Loading, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { useInterviews } from '../api/get-interviews';
import { OUTCOMES, SORTS, STATUSES, type InterviewFilters } from '../api/types';
import { InterviewFiltersBar } from '../components/interview-filters';
import { InterviewListItem } from '../components/interview-list-item';

function filtersFromParams(params: URLSearchParams): InterviewFilters {
  const status = params.get('status');
  const outcome = params.get('outcome');
  const q = params.get('q')?.trim();
  const sort = params.get('sort');
  return {
    ...(SORTS.some((o) => o.value === sort) ? { sort: sort as InterviewFilters['sort'] } : {}),
    ...(q ? { q } : {}),
    ...(STATUSES.some((s) => s.value === status) ? { status: status as InterviewFilters['status'] } : {}),
    ...(OUTCOMES.some((o) => o.value === outcome) ? { outcome: outcome as InterviewFilters['outcome'] } : {}),
  };
}

function paramsFromFilters(filters: InterviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.outcome) params.set('outcome', filters.outcome);
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

export function InterviewsListRoute() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filtered = Boolean(filters.q || filters.status || filters.outcome);
  const query = useInterviews(filters);
  const [now] = useState(() => new Date());

  const interviews = query.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <>
      <PageHeader
        title="Interviews"
        lead="Every interview and who you met. Each one plans its own follow-up."
        actions={
          <>
            <ButtonLink to="/interviews/import" variant="secondary">
              Import an invitation
            </ButtonLink>
            <ButtonLink to="/interviews/new">Add an interview</ButtonLink>
          </>
        }
      />
      {/* Re-mount the bar when the URL changes (back/forward), so its search box follows. */}
      <InterviewFiltersBar key={params.toString()} filters={filters} onChange={(next) => setParams(paramsFromFilters(next))} />

      <div className="stack" aria-busy={query.isFetching}>
        {query.isPending ? <Loading label="Loading interviews…" /> : null}
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}

        {query.isSuccess && interviews.length === 0 && !filtered ? (
          <EmptyState title="No interviews yet" actions={<ButtonLink to="/interviews/new">Add your first interview</ButtonLink>}>
            <p>
              Add an interview as soon as it is booked, or right after it ends. Note who you met and what each person
              raised: that is what makes a thank-you note specific, and it fades quickly.
            </p>
          </EmptyState>
        ) : null}

        {query.isSuccess && interviews.length === 0 && filtered ? (
          <EmptyState
            title="No interviews match"
            actions={
              <Button variant="secondary" onClick={() => setParams(new URLSearchParams())}>
                Clear search and filters
              </Button>
            }
          >
            <p>Nothing matches these filters. Search looks at the company, the position and interviewer names.</p>
          </EmptyState>
        ) : null}

        {interviews.length > 0 ? (
          <>
            <p className="muted" role="status">
              {query.hasNextPage ? `Showing the first ${interviews.length} interviews.` : `${interviews.length} ${interviews.length === 1 ? 'interview' : 'interviews'}.`}
            </p>
            <ul className="item-list" aria-label="Interviews">
              {interviews.map((interview) => (
                <InterviewListItem key={interview.id} interview={interview} now={now} timeZone={user.timezone} />
              ))}
            </ul>
          </>
        ) : null}

        {query.hasNextPage ? (
          <div>
            <Button
              variant="secondary"
              pending={query.isFetchingNextPage}
              pendingLabel="Loading more…"
              onClick={() => void query.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        ) : null}
        {query.isFetchNextPageError ? <QueryError error={query.error} title="More interviews could not be loaded." /> : null}
      </div>
    </>
  );
}
