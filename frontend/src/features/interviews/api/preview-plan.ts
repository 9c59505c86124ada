import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import type { InterviewCreateBody } from './types';

export type PlanPreview = components['schemas']['PlaybookPreview'];

/** What an interview would plan with the user's playbook; nothing is saved. */
export function previewPlan(body: InterviewCreateBody): Promise<PlanPreview> {
  return unwrap(api.POST('/v1/playbook/preview', { body }));
}

export function usePreviewPlan() {
  return useMutation({ mutationFn: previewPlan });
}
