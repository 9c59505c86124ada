import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrapWithResponse } from '@/lib/api-error';
import type { VersionedInterview } from './get-interview';
import { interviewKeys, replannedKeys } from './keys';
import type { InterviewUpdateBody } from './types';

/**
 * JSON Merge Patch of an interview. With the version it was read at, a change made
 * elsewhere in the meantime answers 412 instead of being silently overwritten.
 */
export async function updateInterview(id: string, patch: InterviewUpdateBody, etag: string | null): Promise<VersionedInterview> {
  const { data, response } = await unwrapWithResponse(
    api.PATCH('/v1/interviews/{interview_id}', {
      params: { path: { interview_id: id } },
      body: patch,
      headers: etag ? { 'If-Match': etag } : {},
    }),
  );
  return { interview: data, etag: response.headers.get('ETag') };
}

export function useUpdateInterview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: InterviewUpdateBody; etag: string | null }) => updateInterview(id, patch, etag),
    onSuccess: (updated) => {
      queryClient.setQueryData(interviewKeys.detail(id), updated);
      return Promise.all(
        [interviewKeys.all, ...replannedKeys].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
