import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { accomplishmentKeys } from './keys';
import type { AccomplishmentInput } from './types';

/** Records something the user did; a periodic update cites it. */
export function createAccomplishment(body: AccomplishmentInput, idempotencyKey: string) {
  return unwrap(api.POST('/v1/accomplishments', { body, headers: { 'Idempotency-Key': idempotencyKey } }));
}

export function useCreateAccomplishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AccomplishmentInput; idempotencyKey: string }) =>
      createAccomplishment(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accomplishmentKeys.all }),
  });
}
