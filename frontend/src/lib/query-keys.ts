/**
 * Root query keys that more than one feature reads or changes. A change in one feature
 * (an interview's outcome, a task done) re-plans data another shows; invalidating these
 * roots keeps every view current without features importing each other.
 */
export const sharedKeys = {
  agenda: ['agenda'] as const,
  tasks: ['tasks'] as const,
  interviews: ['interviews'] as const,
  contacts: ['contacts'] as const,
};
