import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { setCurrentUser } from '@/lib/auth';

export type LoginInput = components['schemas']['LoginBody'];

export function login(body: LoginInput) {
  return unwrap(api.POST('/v1/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => setCurrentUser(queryClient, user),
  });
}
