import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { sharedKeys } from '@/lib/query-keys';

export type PlaybookSettings = components['schemas']['PlaybookSettingsRead'];
export type PlaybookSettingsPatch = components['schemas']['PlaybookSettingsUpdate'];

const playbookKey = ['me', 'playbook'] as const;

export function getPlaybookSettings(signal?: AbortSignal): Promise<PlaybookSettings> {
  return unwrap(api.GET('/v1/me/playbook', { signal }));
}

export const playbookSettingsQueryOptions = () =>
  queryOptions({
    queryKey: playbookKey,
    queryFn: ({ signal }) => getPlaybookSettings(signal),
  });

export function usePlaybookSettings() {
  return useQuery(playbookSettingsQueryOptions());
}

export function updatePlaybookSettings(patch: PlaybookSettingsPatch): Promise<PlaybookSettings> {
  return unwrap(api.PATCH('/v1/me/playbook', { body: patch }));
}

export function useUpdatePlaybookSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlaybookSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(playbookKey, saved);
      // Open planned tasks move or close to match the new settings.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: sharedKeys.agenda }),
        queryClient.invalidateQueries({ queryKey: sharedKeys.tasks }),
      ]);
    },
  });
}
