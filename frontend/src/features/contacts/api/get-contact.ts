import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { contactKeys } from './keys';
import type { ContactDetail } from './types';

export function getContact(id: string, signal?: AbortSignal): Promise<ContactDetail> {
  return unwrap(api.GET('/v1/contacts/{contact_id}', { params: { path: { contact_id: id } }, signal }));
}

export const contactQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => getContact(id, signal),
  });

export function useContact(id: string) {
  return useQuery(contactQueryOptions(id));
}
