import type { components } from '@/api/schema';

export type Draft = components['schemas']['DraftRead'];
export type DraftPatch = components['schemas']['DraftUpdate'];
export type DraftKind = components['schemas']['DraftKind'];
export type DraftStatus = Draft['status'];
export type Channel = components['schemas']['Channel'];
export type Check = components['schemas']['CheckRead'];
export type DraftPage = components['schemas']['Page_DraftRead_'];

export const DRAFT_KIND_LABELS: Record<DraftKind, string> = {
  thank_you: 'Thank-you note',
  next_steps_follow_up: 'Follow-up on next steps',
  periodic_update: 'Update',
  share_resource: 'Resource to share',
  linkedin_connect: 'LinkedIn connection note',
  rejection_thank_you: 'Thank-you after a no',
  feedback_request: 'Request for feedback',
  keep_in_touch: 'Keeping in touch',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn message',
  letter: 'Letter',
};

/** What each check looks for, named as a person would. */
export const CHECK_NAMES: Record<Check['id'], string> = {
  addresses_by_name: 'Greets them by name',
  references_discussion: 'Recalls what you discussed',
  reiterates_interest: 'Restates your interest in the role and the organization',
  follows_up_next_steps: 'Follows up on the next steps',
  prompt: 'Sent in time (within 48 hours)',
  length: 'A readable length',
  no_placeholders: 'No placeholders left',
  no_filler: 'No empty phrases',
  distinct: 'Reads differently from your other notes',
};

export const STATUS_FILTERS: { value: DraftStatus; label: string }[] = [
  { value: 'draft', label: 'Drafts' },
  { value: 'sent', label: 'Sent' },
  { value: 'discarded', label: 'Discarded' },
];

export function draftTitle(draft: Draft): string {
  const kind = DRAFT_KIND_LABELS[draft.kind];
  return draft.to?.name ? `${kind} to ${draft.to.name}` : kind;
}
