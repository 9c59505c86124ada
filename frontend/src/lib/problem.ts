/**
 * RFC 9457 problem details, as every Afterword API error is shaped, and the mapping
 * from their JSON pointers (`/body/interviewers/0/email`) to form field paths
 * (`interviewers.0.email`) so each message can be shown next to its field.
 */

export interface ProblemFieldError {
  pointer?: string | null;
  detail: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  code?: string;
  errors?: ProblemFieldError[] | null;
}

/** Field path (`interviewers.0.email`) → its messages, in the order the server sent them. */
export type FieldErrors = Record<string, string[]>;

export interface MappedErrors {
  /** Messages that belong to a field the form shows. */
  fields: FieldErrors;
  /** Messages for the whole form (or for fields the form does not show). */
  form: string[];
}

/** Request parts a pointer can start with; `body` is implied for forms. */
const LOCATIONS = new Set(['body', 'query', 'path', 'header', 'cookie']);

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.title === 'string' ||
    typeof candidate.status === 'number' ||
    typeof candidate.code === 'string' ||
    Array.isArray(candidate.errors)
  );
}

/** Splits an RFC 6901 JSON pointer into its unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  const raw = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  const withoutLead = raw.startsWith('/') ? raw.slice(1) : raw;
  return withoutLead.split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Turns a pointer into a dotted field path. A leading `/body` is dropped; other request
 * parts keep their name (`/query/limit` → `query.limit`). Returns '' for the body itself.
 */
export function pointerToPath(pointer: string | null | undefined): string {
  if (!pointer) return '';
  const tokens = parsePointer(pointer);
  if (tokens[0] === 'body') tokens.shift();
  else if (tokens[0] !== undefined && LOCATIONS.has(tokens[0]) && tokens.length === 1) return '';
  return tokens.join('.');
}

/** Dotted path → an id usable on the element that renders that field. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export interface MapProblemOptions {
  /**
   * Decides which paths the form renders. A message for a path the form does not
   * render goes to its nearest rendered ancestor (`interviewers.0.discussion_points.2`
   * → `interviewers.0.discussion_points`), or to the form when there is none.
   * Without it every path is kept as sent.
   */
  isKnownField?: (path: string) => boolean;
}

export function mapProblem(problem: Problem, options: MapProblemOptions = {}): MappedErrors {
  const fields: FieldErrors = {};
  const form: string[] = [];
  const { isKnownField } = options;

  for (const error of problem.errors ?? []) {
    const path = resolvePath(pointerToPath(error.pointer), isKnownField);
    if (path === '') {
      form.push(error.detail);
    } else {
      (fields[path] ??= []).push(error.detail);
    }
  }

  if (form.length === 0 && Object.keys(fields).length === 0) {
    form.push(problemMessage(problem));
  }
  return { fields, form };
}

function resolvePath(path: string, isKnownField?: (path: string) => boolean): string {
  if (!isKnownField || path === '') return path;
  const tokens = path.split('.');
  while (tokens.length > 0) {
    const candidate = tokens.join('.');
    if (isKnownField(candidate)) return candidate;
    tokens.pop();
  }
  return '';
}

/** One sentence a person can act on, for a problem shown as a whole. */
export function problemMessage(problem: Problem): string {
  if (problem.detail) return problem.detail;
  if (problem.title) return problem.title;
  if (problem.status !== undefined) return `The request failed (HTTP ${problem.status}).`;
  return 'Something went wrong. Please try again.';
}
