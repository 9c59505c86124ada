import type { components } from '@/api/schema';

export type Task = components['schemas']['TaskRead'];
export type TaskKind = components['schemas']['TaskKind'];

/** How each kind of follow-up is named in the interface. A Record, so a new kind fails typecheck. */
export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  thank_you: 'Thank-you note',
  next_steps_follow_up: 'Follow-up on next steps',
  periodic_update: 'Update while you wait',
  share_resource: 'Share a resource',
  networking_event: 'Networking event',
  linkedin_connect: 'LinkedIn connection',
  rejection_thank_you: 'Thank-you after a no',
  feedback_request: 'Ask for feedback',
  keep_in_touch: 'Keep in touch',
  reflection: 'Reflect and learn',
  custom: 'Task',
};

export function taskKindLabel(kind: TaskKind): string {
  return TASK_KIND_LABELS[kind];
}

/** Kinds of task that come with a note to write (the others are things to do). */
export const TASK_KIND_HAS_NOTE: Record<TaskKind, boolean> = {
  thank_you: true,
  next_steps_follow_up: true,
  periodic_update: true,
  share_resource: true,
  networking_event: false,
  linkedin_connect: true,
  rejection_thank_you: true,
  feedback_request: true,
  keep_in_touch: true,
  reflection: false,
  custom: false,
};

/** Where a draft is edited. */
export function draftPath(draftId: string): string {
  return `/drafts/${draftId}`;
}
