import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { isApiError, unwrap } from '@/lib/api-error';
import type { Channel, DraftKind } from '@/lib/notes';

export type Template = components['schemas']['TemplateRead'];
export type TemplateInput = components['schemas']['TemplateWrite'];
export type TemplatePreview = components['schemas']['TemplatePreview'];
export type TemplatePreviewInput = components['schemas']['TemplatePreviewRequest'];

const templateKey = (kind: DraftKind, channel: Channel) => ['templates', kind, channel] as const;

/** Your template for this kind and channel, or null while the built-in one is used. */
export async function getTemplate(kind: DraftKind, channel: Channel, signal?: AbortSignal): Promise<Template | null> {
  try {
    return await unwrap(api.GET('/v1/templates/{kind}/{channel}', { params: { path: { kind, channel } }, signal }));
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const templateQueryOptions = (kind: DraftKind, channel: Channel) =>
  queryOptions({ queryKey: templateKey(kind, channel), queryFn: ({ signal }) => getTemplate(kind, channel, signal) });

export function useTemplate(kind: DraftKind, channel: Channel) {
  return useQuery(templateQueryOptions(kind, channel));
}

export function saveTemplate(kind: DraftKind, channel: Channel, body: TemplateInput): Promise<Template> {
  return unwrap(api.PUT('/v1/templates/{kind}/{channel}', { params: { path: { kind, channel } }, body }));
}

export function useSaveTemplate(kind: DraftKind, channel: Channel) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TemplateInput) => saveTemplate(kind, channel, body),
    onSuccess: (saved) => queryClient.setQueryData(templateKey(kind, channel), saved),
  });
}

export async function deleteTemplate(kind: DraftKind, channel: Channel): Promise<void> {
  await unwrap(api.DELETE('/v1/templates/{kind}/{channel}', { params: { path: { kind, channel } } }));
}

export function useDeleteTemplate(kind: DraftKind, channel: Channel) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteTemplate(kind, channel),
    onSuccess: () => queryClient.setQueryData(templateKey(kind, channel), null),
  });
}

/** Renders a template (the one given, else yours, else the built-in one) against an interview. */
export function previewTemplate(kind: DraftKind, channel: Channel, body: TemplatePreviewInput): Promise<TemplatePreview> {
  return unwrap(api.POST('/v1/templates/{kind}/{channel}/preview', { params: { path: { kind, channel } }, body }));
}

export function usePreviewTemplate(kind: DraftKind, channel: Channel) {
  return useMutation({ mutationFn: (body: TemplatePreviewInput) => previewTemplate(kind, channel, body) });
}

/** Recent interviews to try a template on. */
export function getRecentInterviews(signal?: AbortSignal) {
  return unwrap(api.GET('/v1/interviews', { params: { query: { limit: 50, sort: '-scheduled_at' } }, signal }));
}

export function useRecentInterviews() {
  return useQuery({ queryKey: ['interviews', 'recent-for-templates'], queryFn: ({ signal }) => getRecentInterviews(signal) });
}
