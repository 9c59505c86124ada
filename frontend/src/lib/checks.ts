import type { components } from '@/api/schema';

/** One of the seed's pieces of advice, checked against a note's text. */
export type Check = components['schemas']['CheckRead'];

/** What each check looks for, named as a person would. */
export const CHECK_NAMES: Record<Check['id'], string> = {
  addresses_by_name: 'Greets them by name',
  references_discussion: 'Recalls what you discussed',
  reiterates_interest: 'Restates your interest in the role and the organization',
  follows_up_next_steps: 'Follows up on the next steps',
  prompt: 'Sent in time (within two working days)',
  length: 'A readable length',
  no_placeholders: 'No placeholders left',
  no_filler: 'No empty phrases',
  distinct: 'Reads differently from your other notes',
  has_substance: 'Says something new (an accomplishment or a resource)',
  repeats_earlier_note: 'Does not repeat what you already wrote to them',
};
