import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

/** One click from a task to a draft of its note, linked to it. */
export function createTaskDraft(taskId: string, idempotencyKey: string) {
  return unwrap(
    api.POST('/v1/tasks/{task_id}/draft', {
      params: { path: { task_id: taskId } },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

export function useCreateTaskDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, idempotencyKey }: { taskId: string; idempotencyKey: string }) => createTaskDraft(taskId, idempotencyKey),
    onSuccess: () =>
      Promise.all([sharedKeys.agenda, sharedKeys.tasks].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
