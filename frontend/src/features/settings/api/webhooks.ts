import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';

export type Webhook = components['schemas']['WebhookRead'];
export type WebhookWithSecret = components['schemas']['WebhookWithSecret'];
export type WebhookInput = components['schemas']['WebhookCreate'];
export type WebhookPatch = components['schemas']['WebhookUpdate'];
export type Delivery = components['schemas']['DeliveryRead'];
export type EventType = components['schemas']['EventType'];

export const webhookKeys = {
  all: ['webhooks'] as const,
  deliveries: (id: string) => ['webhooks', id, 'deliveries'] as const,
};

/** Every event with what it means. A Record, so a new event in the API fails typecheck here. */
export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  'interview.created': 'An interview was added',
  'interview.updated': 'An interview changed',
  'interview.deleted': 'An interview was deleted',
  'task.created': 'A follow-up task was planned',
  'task.updated': 'A task changed',
  'task.completed': 'A task was done',
  'task.due': 'A task fell due',
  'draft.created': 'A note was drafted',
  'draft.sent': 'A note was sent',
};

export const EVENT_TYPES = Object.keys(EVENT_DESCRIPTIONS) as EventType[];

export function getWebhooks(signal?: AbortSignal) {
  return unwrap(api.GET('/v1/webhooks', { signal }));
}

export const webhooksQueryOptions = () => queryOptions({ queryKey: webhookKeys.all, queryFn: ({ signal }) => getWebhooks(signal) });

export function useWebhooks() {
  return useQuery(webhooksQueryOptions());
}

export function createWebhook(body: WebhookInput, idempotencyKey: string): Promise<WebhookWithSecret> {
  return unwrap(api.POST('/v1/webhooks', { body, headers: { 'Idempotency-Key': idempotencyKey } }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: WebhookInput; idempotencyKey: string }) => createWebhook(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function updateWebhook(id: string, patch: WebhookPatch): Promise<Webhook> {
  return unwrap(api.PATCH('/v1/webhooks/{webhook_id}', { params: { path: { webhook_id: id } }, body: patch }));
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: WebhookPatch }) => updateWebhook(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export async function deleteWebhook(id: string): Promise<void> {
  await unwrap(api.DELETE('/v1/webhooks/{webhook_id}', { params: { path: { webhook_id: id } } }));
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }) });
}

/** A new signing secret; the previous one keeps signing for a while so receivers can switch. */
export function rotateWebhookSecret(id: string): Promise<WebhookWithSecret> {
  return unwrap(api.POST('/v1/webhooks/{webhook_id}/rotate-secret', { params: { path: { webhook_id: id } }, body: {} }));
}

export function useRotateWebhookSecret() {
  return useMutation({ mutationFn: rotateWebhookSecret });
}

export function getDeliveries(id: string, signal?: AbortSignal) {
  return unwrap(
    api.GET('/v1/webhooks/{webhook_id}/deliveries', { params: { path: { webhook_id: id }, query: { limit: 20 } }, signal }),
  );
}

export const deliveriesQueryOptions = (id: string) =>
  queryOptions({ queryKey: webhookKeys.deliveries(id), queryFn: ({ signal }) => getDeliveries(id, signal) });

export function useDeliveries(id: string, enabled: boolean) {
  return useQuery({ ...deliveriesQueryOptions(id), enabled });
}

export function redeliver(webhookId: string, deliveryId: string): Promise<Delivery> {
  return unwrap(
    api.POST('/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver', {
      params: { path: { webhook_id: webhookId, delivery_id: deliveryId } },
    }),
  );
}

export function useRedeliver(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => redeliver(webhookId, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
