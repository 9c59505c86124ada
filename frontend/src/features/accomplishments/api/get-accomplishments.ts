import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { accomplishmentKeys } from './keys';
import type { AccomplishmentPage } from './types';

export const ACCOMPLISHMENTS_PAGE_SIZE = 20;

export function getAccomplishments(cursor?: string, signal?: AbortSignal): Promise<AccomplishmentPage> {
  return unwrap(
    api.GET('/v1/accomplishments', {
      params: { query: { limit: ACCOMPLISHMENTS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export const accomplishmentsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: accomplishmentKeys.list(),
    queryFn: ({ pageParam, signal }) => getAccomplishments(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.next_cursor ? last.next_cursor : undefined),
  });

export function useAccomplishments() {
  return useInfiniteQuery(accomplishmentsQueryOptions());
}
