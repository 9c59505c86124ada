import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { accomplishmentKeys } from './keys';

export async function deleteAccomplishment(id: string): Promise<void> {
  await unwrap(
    api.DELETE('/v1/accomplishments/{accomplishment_id}', { params: { path: { accomplishment_id: id } } }),
  );
}

export function useDeleteAccomplishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccomplishment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accomplishmentKeys.all }),
  });
}
