import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrapWithResponse } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';
import type { VersionedDraft } from './get-draft';
import { draftKeys } from './keys';
import type { DraftPatch } from './types';

/**
 * Edits a draft (its checks come back recomputed) or marks it sent or discarded. With the
 * version it was read at, a change made elsewhere answers 412 instead of being lost.
 */
export async function updateDraft(id: string, patch: DraftPatch, etag: string | null): Promise<VersionedDraft> {
  const { data, response } = await unwrapWithResponse(
    api.PATCH('/v1/drafts/{draft_id}', {
      params: { path: { draft_id: id } },
      body: patch,
      headers: etag ? { 'If-Match': etag } : {},
    }),
  );
  return { draft: data, etag: response.headers.get('ETag') };
}

export function useUpdateDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: DraftPatch; etag: string | null }) => updateDraft(id, patch, etag),
    onSuccess: (saved, { patch }) => {
      queryClient.setQueryData(draftKeys.detail(id), saved);
      const invalidations = [queryClient.invalidateQueries({ queryKey: ['drafts', 'list'] })];
      // Sending completes the task and marks the recipient contacted.
      if (patch.status) {
        for (const queryKey of [sharedKeys.tasks, sharedKeys.agenda, sharedKeys.contacts]) {
          invalidations.push(queryClient.invalidateQueries({ queryKey }));
        }
      }
      return Promise.all(invalidations);
    },
  });
}
