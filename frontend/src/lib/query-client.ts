import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { handleSessionExpired } from './auth';

function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) handleSessionExpired(queryClient);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthorized(error)) handleSessionExpired(queryClient);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors will not improve with a retry; network and server errors might.
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
