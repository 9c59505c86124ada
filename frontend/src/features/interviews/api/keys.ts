import { sharedKeys } from '@/lib/query-keys';
import type { InterviewFilters } from './types';

export const interviewKeys = {
  all: sharedKeys.interviews,
  lists: () => [...interviewKeys.all, 'list'] as const,
  list: (filters: InterviewFilters) => [...interviewKeys.lists(), filters] as const,
  details: () => [...interviewKeys.all, 'detail'] as const,
  detail: (id: string) => [...interviewKeys.details(), id] as const,
};

/** Changing an interview re-plans its follow-up: the agenda and task lists must refresh. */
export const replannedKeys = [sharedKeys.tasks, sharedKeys.agenda, sharedKeys.contacts] as const;
