import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { interviewKeys, replannedKeys } from './keys';

export async function deleteInterview(id: string): Promise<void> {
  await unwrap(api.DELETE('/v1/interviews/{interview_id}', { params: { path: { interview_id: id } } }));
}

export function useDeleteInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInterview,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: interviewKeys.detail(id) });
      return Promise.all(
        [interviewKeys.all, ...replannedKeys].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
