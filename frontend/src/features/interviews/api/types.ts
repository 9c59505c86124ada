import type { components, operations } from '@/api/schema';

export type Interview = components['schemas']['InterviewRead'];
export type Interviewer = components['schemas']['InterviewerRead'];
export type InterviewCreateBody = components['schemas']['InterviewCreate'];
export type InterviewUpdateBody = components['schemas']['InterviewUpdate'];
export type InterviewStatus = Interview['status'];
export type InterviewOutcome = Interview['outcome'];
export type InterviewFormat = NonNullable<Interview['format']>;
export type InterviewPage = components['schemas']['Page_InterviewRead_'];

type ListQuery = NonNullable<operations['list_interviews']['parameters']['query']>;

/** The filters a person can set on the list (the URL keeps them). */
export interface InterviewFilters {
  q?: string;
  status?: NonNullable<ListQuery['status']>;
  outcome?: NonNullable<ListQuery['outcome']>;
  sort?: NonNullable<ListQuery['sort']>;
}

export const SORTS: { value: NonNullable<ListQuery['sort']>; label: string }[] = [
  { value: '-scheduled_at', label: 'Latest first' },
  { value: 'scheduled_at', label: 'Earliest first' },
  { value: '-created_at', label: 'Recently added' },
];

export const STATUSES: { value: InterviewStatus; label: string }[] = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'completed', label: 'Completed' },
  { value: 'cancelled', label: 'Cancelled' },
];

export const OUTCOMES: { value: InterviewOutcome; label: string }[] = [
  { value: 'pending', label: 'Waiting to hear' },
  { value: 'advanced', label: 'Advanced' },
  { value: 'offer', label: 'Offer' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'withdrawn', label: 'Withdrew' },
];

export const FORMATS: { value: InterviewFormat; label: string }[] = [
  { value: 'video', label: 'Video call' },
  { value: 'phone', label: 'Phone call' },
  { value: 'onsite', label: 'On site' },
];

export function statusLabel(status: InterviewStatus): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}

export function outcomeLabel(outcome: InterviewOutcome): string {
  return OUTCOMES.find((o) => o.value === outcome)?.label ?? outcome;
}

export function formatLabel(format: InterviewFormat): string {
  return FORMATS.find((f) => f.value === format)?.label ?? format;
}

export type DiscussionPoint = components['schemas']['DiscussionPointRead'];
export type PointPreview = components['schemas']['PointPreview'];
export type PointInput = components['schemas']['DiscussionPointIn'];
