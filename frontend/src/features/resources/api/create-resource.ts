import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { resourceKeys } from './keys';
import type { ResourceInput } from './types';

/** Saves an article or resource; a note that shares one carries its title and link. */
export function createResource(body: ResourceInput, idempotencyKey: string) {
  return unwrap(api.POST('/v1/resources', { body, headers: { 'Idempotency-Key': idempotencyKey } }));
}

export function useCreateResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ResourceInput; idempotencyKey: string }) =>
      createResource(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.all }),
  });
}
