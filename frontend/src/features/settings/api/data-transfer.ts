import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import type { operations } from '@/api/schema';

/** Downloads are plain links: the browser sends the session cookie on same-origin GETs. */
export const EXPORT_LINKS = {
  everything: '/v1/export',
  interviewsCsv: '/v1/export/interviews.csv',
  tasksCsv: '/v1/export/tasks.csv',
} as const;

/** Rows added per section (interviews, tasks, …). */
export type ImportCounts = Record<string, number>;

/** An export document as the API describes it. */
export type ExportDocument =
  operations['import_data']['requestBody']['content']['application/json'];

/**
 * Loads an export document into this account, all or nothing. The file is the user's: the
 * server checks every field, so it is passed on as read and any problem comes back as a 422.
 */
export function importData(document: Record<string, unknown>): Promise<ImportCounts> {
  return unwrap(api.POST('/v1/import', { body: document as unknown as ExportDocument }));
}

export function useImportData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importData,
    // Everything may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
