export const resourceKeys = {
  all: ['resources'] as const,
  list: () => ['resources', 'list'] as const,
};
