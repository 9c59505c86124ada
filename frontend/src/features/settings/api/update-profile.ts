import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { setCurrentUser } from '@/lib/auth';

export type ProfilePatch = components['schemas']['UserUpdate'];

export function updateProfile(patch: ProfilePatch) {
  return unwrap(api.PATCH('/v1/me', { body: patch }));
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (user) => setCurrentUser(queryClient, user),
  });
}
