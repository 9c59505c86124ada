import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { interviewKeys } from './keys';
import type { InterviewFilters, InterviewPage } from './types';

export const INTERVIEWS_PAGE_SIZE = 20;

export function getInterviews(filters: InterviewFilters, cursor?: string, signal?: AbortSignal): Promise<InterviewPage> {
  return unwrap(
    api.GET('/v1/interviews', {
      params: {
        query: {
          limit: INTERVIEWS_PAGE_SIZE,
          ...(filters.q ? { q: filters.q } : {}),
          ...(filters.status ? { status: filters.status } : {}),
          ...(filters.outcome ? { outcome: filters.outcome } : {}),
          ...(filters.sort ? { sort: filters.sort } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
      signal,
    }),
  );
}

export const interviewsQueryOptions = (filters: InterviewFilters) =>
  infiniteQueryOptions({
    queryKey: interviewKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getInterviews(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.next_cursor ? last.next_cursor : undefined),
  });

export function useInterviews(filters: InterviewFilters) {
  return useInfiniteQuery(interviewsQueryOptions(filters));
}
