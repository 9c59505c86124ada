import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

export type TaskPatch = components['schemas']['TaskUpdate'];

/** Completes, skips, reopens or snoozes a task (JSON Merge Patch). */
export function updateTask(id: string, patch: TaskPatch) {
  return unwrap(api.PATCH('/v1/tasks/{task_id}', { params: { path: { task_id: id } }, body: patch }));
}

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TaskPatch }) => updateTask(id, patch),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sharedKeys.agenda }),
        queryClient.invalidateQueries({ queryKey: sharedKeys.tasks }),
        queryClient.invalidateQueries({ queryKey: sharedKeys.contacts }),
      ]),
  });
}
