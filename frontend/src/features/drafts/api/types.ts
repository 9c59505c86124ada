import type { components } from '@/api/schema';
import { DRAFT_KIND_LABELS } from '@/lib/notes';

export type Draft = components['schemas']['DraftRead'];
export type DraftPatch = components['schemas']['DraftUpdate'];
export type DraftStatus = Draft['status'];
export type DraftPage = components['schemas']['Page_DraftRead_'];
export type { Check } from '@/lib/checks';
export { CHANNEL_LABELS, DRAFT_KIND_LABELS, type Channel, type DraftKind } from '@/lib/notes';

export const STATUS_FILTERS: { value: DraftStatus; label: string }[] = [
  { value: 'draft', label: 'Drafts' },
  { value: 'sent', label: 'Sent' },
  { value: 'discarded', label: 'Discarded' },
];

export function draftTitle(draft: Draft): string {
  const kind = DRAFT_KIND_LABELS[draft.kind];
  return draft.to?.name ? `${kind} to ${draft.to.name}` : kind;
}
