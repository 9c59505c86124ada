import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrapWithResponse } from '@/lib/api-error';
import { interviewKeys, replannedKeys } from './keys';

export interface ImportInviteInput {
  /** The invitation's iCalendar text. */
  calendar: string;
  company?: string;
  position?: string;
}

/**
 * Turns a calendar invitation into an interview, or updates the one an earlier import of
 * the same invitation made (`created` tells which).
 */
export async function importInvite({ calendar, company, position }: ImportInviteInput) {
  const { data, response } = await unwrapWithResponse(
    api.POST('/v1/interviews/import-ics', {
      params: { query: { ...(company ? { company } : {}), ...(position ? { position } : {}) } },
      body: calendar,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/calendar' },
    }),
  );
  return { interview: data, etag: response.headers.get('ETag'), created: response.status === 201 };
}

export function useImportInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importInvite,
    onSuccess: (result) => {
      queryClient.setQueryData(interviewKeys.detail(result.interview.id), { interview: result.interview, etag: result.etag });
      return Promise.all(
        [interviewKeys.all, ...replannedKeys].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
