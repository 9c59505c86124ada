import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';

export type CalendarFeedStatus = components['schemas']['CalendarFeedStatus'];
export type CalendarFeedAddress = components['schemas']['CalendarFeedAddress'];

const feedKey = ['me', 'calendar-feed'] as const;

export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeedStatus> {
  return unwrap(api.GET('/v1/calendar', { signal }));
}

export const calendarFeedQueryOptions = () => queryOptions({ queryKey: feedKey, queryFn: ({ signal }) => getCalendarFeed(signal) });

export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}

/** Makes a new secret address; any previous one stops working. The address is shown only now. */
export function rotateCalendarFeed(): Promise<CalendarFeedAddress> {
  return unwrap(api.POST('/v1/calendar/rotate'));
}

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rotateCalendarFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey }) });
}

export async function deleteCalendarFeed(): Promise<void> {
  await unwrap(api.DELETE('/v1/calendar'));
}

export function useDeleteCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCalendarFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey }) });
}
