export const accomplishmentKeys = {
  all: ['accomplishments'] as const,
  list: () => ['accomplishments', 'list'] as const,
};
