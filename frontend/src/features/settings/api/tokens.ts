import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';

export type Token = components['schemas']['TokenRead'];
export type CreatedToken = components['schemas']['TokenCreated'];
export type TokenInput = components['schemas']['TokenCreate'];
export type Scope = components['schemas']['Scope'];

export const tokenKeys = {
  all: ['tokens'] as const,
};

export function getTokens(signal?: AbortSignal): Promise<Token[]> {
  return unwrap(api.GET('/v1/tokens', { signal }));
}

export const tokensQueryOptions = () =>
  queryOptions({
    queryKey: tokenKeys.all,
    queryFn: ({ signal }) => getTokens(signal),
  });

export function useTokens() {
  return useQuery(tokensQueryOptions());
}

export function createToken(body: TokenInput): Promise<CreatedToken> {
  return unwrap(api.POST('/v1/tokens', { body }));
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export async function revokeToken(id: string): Promise<void> {
  await unwrap(api.DELETE('/v1/tokens/{token_id}', { params: { path: { token_id: id } } }));
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: (_, id) => {
      queryClient.setQueryData<Token[]>(tokenKeys.all, (tokens) => tokens?.filter((token) => token.id !== id));
      return queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
  });
}

/** Every scope with what it lets a script do. A Record, so a new scope in the API fails typecheck here. */
export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  'profile:read': 'Read your profile',
  'profile:write': 'Change your profile',
  'tokens:manage': 'Create and revoke tokens',
  'interviews:read': 'Read interviews',
  'interviews:write': 'Add and change interviews',
  'tasks:read': 'Read follow-up tasks',
  'tasks:write': 'Complete, skip and snooze tasks',
  'contacts:read': 'Read contacts',
  'contacts:write': 'Change contacts',
  'drafts:read': 'Read drafts',
  'drafts:write': 'Write and send drafts',
  'accomplishments:read': 'Read accomplishments',
  'accomplishments:write': 'Record and change accomplishments',
  'resources:read': 'Read saved resources',
  'resources:write': 'Save and change resources',
  'webhooks:manage': 'Manage webhooks',
  'data:export': 'Export all your data',
  'data:import': 'Import data into your account',
};

export const SCOPES = Object.keys(SCOPE_DESCRIPTIONS) as Scope[];
