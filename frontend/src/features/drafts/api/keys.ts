import type { DraftStatus } from './types';

export const draftKeys = {
  all: ['drafts'] as const,
  list: (status: DraftStatus) => ['drafts', 'list', { status }] as const,
  detail: (id: string) => ['drafts', 'detail', id] as const,
};
