import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { contactKeys } from './keys';
import type { ContactPage } from './types';

export const CONTACTS_PAGE_SIZE = 20;

export function getContacts(q: string, cursor?: string, signal?: AbortSignal): Promise<ContactPage> {
  return unwrap(
    api.GET('/v1/contacts', {
      params: { query: { limit: CONTACTS_PAGE_SIZE, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export const contactsQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: contactKeys.list(q),
    queryFn: ({ pageParam, signal }) => getContacts(q, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.next_cursor ? last.next_cursor : undefined),
  });

export function useContacts(q: string) {
  return useInfiniteQuery(contactsQueryOptions(q));
}
