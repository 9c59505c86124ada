import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { readCookie } from './cookies';

export const CSRF_COOKIE = 'aw_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Double-submit CSRF: every unsafe cookie-authenticated request echoes the readable
 * `aw_csrf` cookie in `X-CSRF-Token`. Requests that already carry a bearer token need none.
 */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
    if (request.headers.has('Authorization') || request.headers.has(CSRF_HEADER)) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

function defaultBaseUrl(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

export function createApiClient(options: { baseUrl?: string; fetch?: (input: Request) => Promise<Response> } = {}) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? defaultBaseUrl(),
    credentials: 'same-origin',
    // Resolved per call, so tests (and polyfills) that replace fetch later are honoured.
    fetch: options.fetch ?? ((input: Request) => globalThis.fetch(input)),
  });
  client.use(csrfMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The one client the app uses. */
export const api = createApiClient();
