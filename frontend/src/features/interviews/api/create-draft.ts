import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

export type DraftInput = components['schemas']['DraftCreate'];

/** Writes a note from the interview's facts for one of its interviewers. */
export function createDraft(body: DraftInput, idempotencyKey: string) {
  return unwrap(api.POST('/v1/drafts', { body, headers: { 'Idempotency-Key': idempotencyKey } }));
}

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: DraftInput; idempotencyKey: string }) => createDraft(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharedKeys.tasks }),
  });
}
