import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { setCurrentUser } from '@/lib/auth';

export type RegisterInput = components['schemas']['RegisterBody'];

export function register(body: RegisterInput) {
  return unwrap(api.POST('/v1/auth/register', { body }));
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => setCurrentUser(queryClient, user),
  });
}
