import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

/** The follow-up planned for one interview, every status, soonest first (one page of 100). */
export function getInterviewTasks(interviewId: string, signal?: AbortSignal) {
  return unwrap(
    api.GET('/v1/tasks', { params: { query: { interview_id: interviewId, sort: 'due_at', limit: 100 } }, signal }),
  );
}

export const interviewTasksQueryOptions = (interviewId: string) =>
  queryOptions({
    queryKey: [...sharedKeys.tasks, { interview_id: interviewId }] as const,
    queryFn: ({ signal }) => getInterviewTasks(interviewId, signal),
  });

export function useInterviewTasks(interviewId: string) {
  return useQuery(interviewTasksQueryOptions(interviewId));
}
