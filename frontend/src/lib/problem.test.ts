import { fieldId, isProblem, mapProblem, parsePointer, pointerToPath, problemMessage } from './problem';

describe('parsePointer', () => {
  it('splits and unescapes RFC 6901 tokens', () => {
    expect(parsePointer('/body/a~1b/m~0n/0')).toEqual(['body', 'a/b', 'm~n', '0']);
  });

  it('treats the empty pointer as the whole document', () => {
    expect(parsePointer('')).toEqual([]);
  });

  it('accepts the URI fragment form', () => {
    expect(parsePointer('#/body/company%20name')).toEqual(['body', 'company name']);
  });
});

describe('pointerToPath', () => {
  it('drops the body prefix', () => {
    expect(pointerToPath('/body/interviewers/0/email')).toBe('interviewers.0.email');
    expect(pointerToPath('/body/company')).toBe('company');
  });

  it('keeps other request parts by name', () => {
    expect(pointerToPath('/query/limit')).toBe('query.limit');
  });

  it('maps the body itself and missing pointers to the form', () => {
    expect(pointerToPath('/body')).toBe('');
    expect(pointerToPath('/query')).toBe('');
    expect(pointerToPath(undefined)).toBe('');
    expect(pointerToPath(null)).toBe('');
  });

  it('accepts pointers without a location', () => {
    expect(pointerToPath('/next_steps/expected_by')).toBe('next_steps.expected_by');
  });
});

describe('mapProblem', () => {
  const problem = {
    type: 'about:blank',
    title: 'Your request has invalid fields',
    status: 422,
    code: 'validation_error',
    errors: [
      { pointer: '/body/company', detail: 'Enter the company.' },
      { pointer: '/body/interviewers/0/email', detail: 'Enter a valid email address.' },
      { pointer: '/body/interviewers/0/email', detail: 'Email is too long.' },
      { pointer: '/body', detail: 'Unknown field: colour.' },
    ],
  };

  it('groups messages by field path and keeps body-level ones for the form', () => {
    expect(mapProblem(problem)).toEqual({
      fields: {
        company: ['Enter the company.'],
        'interviewers.0.email': ['Enter a valid email address.', 'Email is too long.'],
      },
      form: ['Unknown field: colour.'],
    });
  });

  it('moves a message to the nearest field the form renders', () => {
    const known = new Set(['company', 'interviewers.0.discussion_points']);
    const mapped = mapProblem(
      {
        status: 422,
        errors: [
          { pointer: '/body/interviewers/0/discussion_points/2', detail: 'Too long.' },
          { pointer: '/body/source', detail: 'Not writable.' },
        ],
      },
      { isKnownField: (path) => known.has(path) },
    );
    expect(mapped).toEqual({
      fields: { 'interviewers.0.discussion_points': ['Too long.'] },
      form: ['Not writable.'],
    });
  });

  it('falls back to the detail when no field is named', () => {
    expect(mapProblem({ status: 409, title: 'Conflict', detail: 'This email is already registered.' })).toEqual({
      fields: {},
      form: ['This email is already registered.'],
    });
  });
});

describe('problemMessage', () => {
  it('prefers detail, then title, then status', () => {
    expect(problemMessage({ title: 'Not found', detail: 'No such interview.' })).toBe('No such interview.');
    expect(problemMessage({ title: 'Not found' })).toBe('Not found');
    expect(problemMessage({ status: 502 })).toBe('The request failed (HTTP 502).');
    expect(problemMessage({})).toBe('Something went wrong. Please try again.');
  });
});

describe('isProblem', () => {
  it('recognises problem documents and rejects other values', () => {
    expect(isProblem({ title: 'Bad', status: 400 })).toBe(true);
    expect(isProblem({ errors: [] })).toBe(true);
    expect(isProblem('oops')).toBe(false);
    expect(isProblem(null)).toBe(false);
    expect(isProblem({ message: 'x' })).toBe(false);
  });
});

describe('fieldId', () => {
  it('makes a stable DOM id from a path', () => {
    expect(fieldId('interviewers.0.email')).toBe('field-interviewers-0-email');
  });
});
