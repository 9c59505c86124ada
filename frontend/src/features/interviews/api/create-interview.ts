import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrapWithResponse } from '@/lib/api-error';
import { interviewKeys, replannedKeys } from './keys';
import type { InterviewCreateBody } from './types';

/**
 * Creates an interview. The caller keeps one idempotency key per thing it means to create,
 * so a retried submit (a lost response, a double click) can never create it twice.
 */
export async function createInterview(body: InterviewCreateBody, idempotencyKey: string) {
  const { data, response } = await unwrapWithResponse(
    api.POST('/v1/interviews', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  );
  return { interview: data, etag: response.headers.get('ETag') };
}

export function useCreateInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: InterviewCreateBody; idempotencyKey: string }) =>
      createInterview(body, idempotencyKey),
    onSuccess: (created) => {
      queryClient.setQueryData(interviewKeys.detail(created.interview.id), created);
      return Promise.all(
        [interviewKeys.all, ...replannedKeys].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
