import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

/** Whether the user has any interview yet: it decides which empty agenda to show. */
export async function hasInterviews(signal?: AbortSignal): Promise<boolean> {
  const page = await unwrap(api.GET('/v1/interviews', { params: { query: { limit: 1 } }, signal }));
  return page.data.length > 0;
}

export const hasInterviewsQueryOptions = () =>
  queryOptions({
    queryKey: [...sharedKeys.interviews, 'any'] as const,
    queryFn: ({ signal }) => hasInterviews(signal),
  });

export function useHasInterviews(enabled: boolean) {
  return useQuery({ ...hasInterviewsQueryOptions(), enabled });
}
