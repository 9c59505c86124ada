import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrapWithResponse } from '@/lib/api-error';
import { draftKeys } from './keys';
import type { Draft } from './types';

export interface VersionedDraft {
  draft: Draft;
  etag: string | null;
}

export async function getDraft(id: string, signal?: AbortSignal): Promise<VersionedDraft> {
  const { data, response } = await unwrapWithResponse(
    api.GET('/v1/drafts/{draft_id}', { params: { path: { draft_id: id } }, signal }),
  );
  return { draft: data, etag: response.headers.get('ETag') };
}

export const draftQueryOptions = (id: string) =>
  queryOptions({
    queryKey: draftKeys.detail(id),
    queryFn: ({ signal }) => getDraft(id, signal),
    // The editor owns the text while it is open; do not swap it under the cursor.
    refetchOnWindowFocus: false,
  });

export function useDraft(id: string) {
  return useQuery(draftQueryOptions(id));
}

/** Where the browser downloads the draft as an .eml message. */
export function draftEmlHref(id: string): string {
  return `/v1/drafts/${encodeURIComponent(id)}/eml`;
}
