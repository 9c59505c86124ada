import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrapWithResponse } from '@/lib/api-error';
import { interviewKeys } from './keys';
import type { Interview } from './types';

/** An interview and the version it was read at (its ETag, when the server sends one). */
export interface VersionedInterview {
  interview: Interview;
  etag: string | null;
}

export async function getInterview(id: string, signal?: AbortSignal): Promise<VersionedInterview> {
  const { data, response } = await unwrapWithResponse(
    api.GET('/v1/interviews/{interview_id}', { params: { path: { interview_id: id } }, signal }),
  );
  return { interview: data, etag: response.headers.get('ETag') };
}

export const interviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: interviewKeys.detail(id),
    queryFn: ({ signal }) => getInterview(id, signal),
  });

export function useInterview(id: string) {
  return useQuery(interviewQueryOptions(id));
}
