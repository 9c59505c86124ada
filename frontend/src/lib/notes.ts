import type { components } from '@/api/schema';

/** The kinds of note Afterword writes, and where they go. */
export type DraftKind = components['schemas']['DraftKind'];
export type Channel = components['schemas']['Channel'];

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
