import { sharedKeys } from '@/lib/query-keys';

export const contactKeys = {
  all: sharedKeys.contacts,
  list: (q: string) => [...sharedKeys.contacts, 'list', { q }] as const,
  detail: (id: string) => [...sharedKeys.contacts, 'detail', id] as const,
};
