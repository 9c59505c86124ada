import type { components } from '@/api/schema';

export type Resource = components['schemas']['ResourceRead'];
export type ResourcePage = components['schemas']['Page_ResourceRead_'];
export type ResourceInput = components['schemas']['ResourceCreate'];
export type ResourcePatch = components['schemas']['ResourceUpdate'];
