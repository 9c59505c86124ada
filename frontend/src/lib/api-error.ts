import { isProblem, problemMessage, type Problem } from './problem';

/** Any failed API call: the HTTP status (0 when the server could not be reached) and its problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problemMessage(problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export const NETWORK_PROBLEM: Problem = {
  title: 'Could not reach Afterword',
  detail: 'Check your connection and try again.',
  code: 'network_error',
};

/** Builds an ApiError from whatever an error response carried. */
export function toApiError(status: number, body: unknown, statusText = ''): ApiError {
  if (isProblem(body)) return new ApiError(status, { status, ...body });
  return new ApiError(status, { status, title: statusText || `HTTP ${status}` });
}

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError. A network
 * failure becomes status 0 so the UI can say "could not reach" rather than "invalid".
 */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await settle(call);
  if (error !== undefined || !response.ok) throw toApiError(response.status, error, response.statusText);
  return data as T;
}

/** Like unwrap, but also returns the response (for headers such as ETag). */
export async function unwrapWithResponse<T>(call: Promise<ClientResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await settle(call);
  if (error !== undefined || !response.ok) throw toApiError(response.status, error, response.statusText);
  return { data: data as T, response };
}

async function settle<T>(call: Promise<ClientResult<T>>): Promise<ClientResult<T>> {
  try {
    return await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_PROBLEM);
  }
}
