import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { draftKeys } from './keys';

export async function deleteDraft(id: string): Promise<void> {
  await unwrap(api.DELETE('/v1/drafts/{draft_id}', { params: { path: { draft_id: id } } }));
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDraft,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: draftKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: draftKeys.all });
    },
  });
}
