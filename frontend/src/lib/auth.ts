import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from './api-client';
import { isApiError, unwrap } from './api-error';

/**
 * The signed-in user is shared by every feature (the shell, defaults such as the time
 * zone, settings), so it lives here rather than in a feature folder.
 */
export type User = components['schemas']['UserRead'];

export const meQueryKey = ['me'] as const;

/** The current user, or null when nobody is signed in. */
export async function getMe(): Promise<User | null> {
  try {
    return await unwrap(api.GET('/v1/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}

/** The signed-in user, inside the authenticated part of the app (the shell guarantees one). */
export function useUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useUser() is only available to signed-in pages.');
  return data;
}

/** Replaces the cached user after sign-in, sign-up or a profile change. */
export function setCurrentUser(queryClient: QueryClient, user: User | null): void {
  queryClient.setQueryData(meQueryKey, user);
}

export async function logout(): Promise<void> {
  await unwrap(api.POST('/v1/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      setCurrentUser(queryClient, null);
    },
  });
}

const EXPIRED_KEY = 'afterword:session-expired';

/**
 * Called when any request answers 401 while someone was signed in: forget the user (the
 * shell then sends them to sign-in, keeping where they were) and leave a note for the
 * sign-in page to explain why.
 */
export function handleSessionExpired(queryClient: QueryClient): void {
  if (!queryClient.getQueryData(meQueryKey)) return;
  try {
    sessionStorage.setItem(EXPIRED_KEY, '1');
  } catch {
    // Storage can be unavailable (private modes); the redirect still happens.
  }
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  setCurrentUser(queryClient, null);
}

/** True once after a session expired; the sign-in page uses it to say so. */
export function takeSessionExpiredNotice(): boolean {
  try {
    const expired = sessionStorage.getItem(EXPIRED_KEY) === '1';
    sessionStorage.removeItem(EXPIRED_KEY);
    return expired;
  } catch {
    return false;
  }
}
