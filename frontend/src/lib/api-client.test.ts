import { createApiClient, CSRF_HEADER } from './api-client';

function recordingClient() {
  const requests: Request[] = [];
  const client = createApiClient({
    baseUrl: 'http://afterword.test',
    fetch: (request) => {
      requests.push(request);
      return Promise.resolve(new Response(null, { status: 204 }));
    },
  });
  return { client, requests };
}

describe('CSRF middleware', () => {
  beforeEach(() => {
    document.cookie = 'aw_csrf=token%2Fvalue; path=/';
  });

  it('echoes the aw_csrf cookie on unsafe requests', async () => {
    const { client, requests } = recordingClient();
    await client.POST('/v1/auth/logout');
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBe('token/value');
  });

  it('leaves safe requests alone', async () => {
    const { client, requests } = recordingClient();
    await client.GET('/v1/me');
    expect(requests[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('sends none with a bearer token', async () => {
    const { client, requests } = recordingClient();
    await client.DELETE('/v1/tokens/{token_id}', {
      params: { path: { token_id: 'a6f0c7c4-2f4c-4a8e-9d51-1a2b3c4d5e6f' } },
      headers: { Authorization: 'Bearer aw_pat_x' },
    });
    expect(requests[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });
});
