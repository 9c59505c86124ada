import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { isApiError, unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';
import { interviewKeys } from './keys';

export type Reflection = components['schemas']['ReflectionRead'];
export type ReflectionInput = components['schemas']['ReflectionWrite'];

const reflectionKey = (interviewId: string) => [...interviewKeys.detail(interviewId), 'reflection'] as const;

/** The interview's reflection, or null before one is saved. */
export async function getReflection(interviewId: string, signal?: AbortSignal): Promise<Reflection | null> {
  try {
    return await unwrap(
      api.GET('/v1/interviews/{interview_id}/reflection', { params: { path: { interview_id: interviewId } }, signal }),
    );
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const reflectionQueryOptions = (interviewId: string) =>
  queryOptions({
    queryKey: reflectionKey(interviewId),
    queryFn: ({ signal }) => getReflection(interviewId, signal),
  });

export function useReflection(interviewId: string) {
  return useQuery(reflectionQueryOptions(interviewId));
}

export function putReflection(interviewId: string, body: ReflectionInput): Promise<Reflection> {
  return unwrap(
    api.PUT('/v1/interviews/{interview_id}/reflection', { params: { path: { interview_id: interviewId } }, body }),
  );
}

export function useSaveReflection(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReflectionInput) => putReflection(interviewId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(reflectionKey(interviewId), saved);
      // Saving completes the interview's reflection task.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: sharedKeys.tasks }),
        queryClient.invalidateQueries({ queryKey: sharedKeys.agenda }),
      ]);
    },
  });
}
