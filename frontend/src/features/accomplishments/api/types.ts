import type { components } from '@/api/schema';

export type Accomplishment = components['schemas']['AccomplishmentRead'];
export type AccomplishmentPage = components['schemas']['Page_AccomplishmentRead_'];
export type AccomplishmentInput = components['schemas']['AccomplishmentCreate'];
export type AccomplishmentPatch = components['schemas']['AccomplishmentUpdate'];
