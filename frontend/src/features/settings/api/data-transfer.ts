import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';

/** Downloads are plain links: the browser sends the session cookie on same-origin GETs. */
export const EXPORT_LINKS = {
  everything: '/v1/export',
  interviewsCsv: '/v1/export/interviews.csv',
  tasksCsv: '/v1/export/tasks.csv',
} as const;

/** Rows added per section (interviews, tasks, …). */
export type ImportCounts = Record<string, number>;

/** Loads an export document into this account, all or nothing. */
export function importData(document: Record<string, unknown>): Promise<ImportCounts> {
  return unwrap(api.POST('/v1/import', { body: document }));
}

export function useImportData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importData,
    // Everything may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
