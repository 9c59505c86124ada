import type { components } from '@/api/schema';

export type Contact = components['schemas']['ContactRead'];
export type ContactDetail = components['schemas']['ContactDetail'];
export type ContactPage = components['schemas']['Page_ContactRead_'];
export type ContactPatch = components['schemas']['ContactUpdate'];
