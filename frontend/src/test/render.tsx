import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

/** Renders with a fresh query client (no retries) and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

/** A fetch stand-in answering each call with the next response, and recording the requests. */
export function mockFetch(...responses: Response[]) {
  const requests: Request[] = [];
  const fetchMock = vi.fn((input: Request) => {
    requests.push(input);
    const next = responses.shift();
    if (!next) return Promise.reject(new TypeError('no more mocked responses'));
    return Promise.resolve(next);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(status: number, problem: Record<string, unknown>) {
  return jsonResponse({ status, ...problem }, status, 'application/problem+json');
}
