import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

export type TaskInput = components['schemas']['TaskCreate'];

/** Adds a follow-up task by hand (the playbook never moves or closes it). */
export function createTask(body: TaskInput, idempotencyKey: string) {
  return unwrap(api.POST('/v1/tasks', { body, headers: { 'Idempotency-Key': idempotencyKey } }));
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: TaskInput; idempotencyKey: string }) => createTask(body, idempotencyKey),
    onSuccess: () =>
      Promise.all(
        [sharedKeys.tasks, sharedKeys.agenda, sharedKeys.contacts].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}
