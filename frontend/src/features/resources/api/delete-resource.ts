import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { resourceKeys } from './keys';

export async function deleteResource(id: string): Promise<void> {
  await unwrap(api.DELETE('/v1/resources/{resource_id}', { params: { path: { resource_id: id } } }));
}

export function useDeleteResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteResource,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.all }),
  });
}
