import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { resourceKeys } from './keys';
import type { ResourcePage } from './types';

export const RESOURCES_PAGE_SIZE = 20;

export function getResources(cursor?: string, signal?: AbortSignal): Promise<ResourcePage> {
  return unwrap(
    api.GET('/v1/resources', {
      params: { query: { limit: RESOURCES_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export const resourcesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: resourceKeys.list(),
    queryFn: ({ pageParam, signal }) => getResources(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.next_cursor ? last.next_cursor : undefined),
  });

export function useResources() {
  return useInfiniteQuery(resourcesQueryOptions());
}
