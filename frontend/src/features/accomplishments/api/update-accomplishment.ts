import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { accomplishmentKeys } from './keys';
import type { AccomplishmentPatch } from './types';

/** JSON Merge Patch: only the fields sent change; `null` clears an optional one. */
export function updateAccomplishment(id: string, patch: AccomplishmentPatch) {
  return unwrap(
    api.PATCH('/v1/accomplishments/{accomplishment_id}', {
      params: { path: { accomplishment_id: id } },
      body: patch,
    }),
  );
}

export function useUpdateAccomplishment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: AccomplishmentPatch) => updateAccomplishment(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accomplishmentKeys.all }),
  });
}
