import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

export type Agenda = components['schemas']['Agenda'];

/** How many days after today the "coming up" group covers. */
export const UPCOMING_DAYS = 7;

export function getAgenda(signal?: AbortSignal): Promise<Agenda> {
  return unwrap(api.GET('/v1/agenda', { params: { query: { days: UPCOMING_DAYS } }, signal }));
}

export const agendaQueryOptions = () =>
  queryOptions({
    queryKey: [...sharedKeys.agenda, { days: UPCOMING_DAYS }] as const,
    queryFn: ({ signal }) => getAgenda(signal),
    // Due times cross "now" while the page is open; refresh now and then.
    refetchInterval: 5 * 60_000,
  });

export function useAgenda() {
  return useQuery(agendaQueryOptions());
}
