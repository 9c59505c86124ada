import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';
import type { ContactPatch } from './types';

/** JSON Merge Patch of a contact. Logging `last_contacted_at` resets keep-in-touch timing. */
export function updateContact(id: string, patch: ContactPatch) {
  return unwrap(api.PATCH('/v1/contacts/{contact_id}', { params: { path: { contact_id: id } }, body: patch }));
}

export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ContactPatch) => updateContact(id, patch),
    onSuccess: () =>
      Promise.all(
        [sharedKeys.contacts, sharedKeys.tasks, sharedKeys.agenda].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}
