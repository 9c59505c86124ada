import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { draftKeys } from './keys';
import type { DraftPage, DraftStatus } from './types';

export function getDrafts(status: DraftStatus, cursor?: string, signal?: AbortSignal): Promise<DraftPage> {
  return unwrap(
    api.GET('/v1/drafts', { params: { query: { status, limit: 20, ...(cursor ? { cursor } : {}) } }, signal }),
  );
}

export const draftsQueryOptions = (status: DraftStatus) =>
  infiniteQueryOptions({
    queryKey: draftKeys.list(status),
    queryFn: ({ pageParam, signal }) => getDrafts(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.next_cursor ? last.next_cursor : undefined),
  });

export function useDrafts(status: DraftStatus) {
  return useInfiniteQuery(draftsQueryOptions(status));
}
