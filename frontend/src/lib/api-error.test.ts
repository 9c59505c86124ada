import { ApiError, toApiError, unwrap } from './api-error';

describe('unwrap', () => {
  it('returns data from a successful call', async () => {
    await expect(unwrap(Promise.resolve({ data: { ok: true }, response: new Response(null, { status: 200 }) }))).resolves.toEqual({
      ok: true,
    });
  });

  it('throws the problem of a failed call', async () => {
    const problem = { title: 'Conflict', status: 409, code: 'email_taken', detail: 'This email is already registered.' };
    const call = Promise.resolve({ error: problem, response: new Response(null, { status: 409 }) });
    const error = await unwrap(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'email_taken', message: 'This email is already registered.' });
  });

  it('turns a network failure into status 0', async () => {
    const error = await unwrap(Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, message: 'Check your connection and try again.' });
  });

  it('lets an aborted request stay aborted', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    await expect(unwrap(Promise.reject(abort))).rejects.toBe(abort);
  });
});

describe('toApiError', () => {
  it('wraps bodies that are not problems', () => {
    expect(toApiError(502, '<html>Bad gateway</html>', 'Bad Gateway').problem).toEqual({ status: 502, title: 'Bad Gateway' });
  });
});
