import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';

/** The accomplishment a periodic update cites, read for its title. */
export const citedAccomplishmentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['accomplishments', 'detail', id] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/accomplishments/{accomplishment_id}', { params: { path: { accomplishment_id: id } }, signal })),
  });

/** The resource a note shares, read for its title and link. */
export const citedResourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['resources', 'detail', id] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/v1/resources/{resource_id}', { params: { path: { resource_id: id } }, signal })),
  });

export function useCitedAccomplishment(id: string | null) {
  return useQuery({ ...citedAccomplishmentQueryOptions(id ?? ''), enabled: id !== null });
}

export function useCitedResource(id: string | null) {
  return useQuery({ ...citedResourceQueryOptions(id ?? ''), enabled: id !== null });
}
