import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { resourceKeys } from './keys';
import type { ResourcePatch } from './types';

/** JSON Merge Patch: only the fields sent change; `null` clears an optional one. */
export function updateResource(id: string, patch: ResourcePatch) {
  return unwrap(
    api.PATCH('/v1/resources/{resource_id}', { params: { path: { resource_id: id } }, body: patch }),
  );
}

export function useUpdateResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ResourcePatch) => updateResource(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.all }),
  });
}
