import { mapProblem } from '@/lib/problem';
import type { Interview } from '../api/types';
import {
  describeField,
  emptyInterviewer,
  emptyInterviewValues,
  knownFieldPredicate,
  splitLines,
  toCreateBody,
  toUpdateBody,
  validateInterview,
  valuesFromInterview,
  type InterviewFormValues,
} from './interview-form-model';

function filledValues(): InterviewFormValues {
  const values = emptyInterviewValues('Europe/Berlin');
  return {
    ...values,
    company: '  Acme  ',
    position: 'Staff Engineer',
    scheduled_at: '2025-06-03T15:00',
    discussion_points: 'migration plan\n\n  on-call rota  ',
    point_details: { 'on-call rota': { topic: '  ', my_angle: ' I ran ours for two years ' } },
    interviewers: [
      {
        ...emptyInterviewer(),
        name: 'Dana Lee',
        email: 'dana@acme.example',
        is_hiring_manager: true,
        discussion_points: 'team growth',
      },
    ],
  };
}

const interview: Interview = {
  id: 'a6f0c7c4-2f4c-4a8e-9d51-1a2b3c4d5e6f',
  company: 'Acme',
  position: 'Staff Engineer',
  stage: 'Panel',
  scheduled_at: '2025-06-03T13:00:00Z',
  timezone: 'Europe/Berlin',
  duration_minutes: 45,
  format: 'video',
  location: null,
  notes: null,
  status: 'completed',
  outcome: 'pending',
  outcome_decided_at: null,
  discussion_points: [{ text: 'roadmap', topic: null, my_angle: null }],
  interviewers: [
    {
      id: '0d9c1b7e-5a55-4d0f-8b3e-7a6c5b4a3f21',
      contact_id: null,
      name: 'Dana Lee',
      title: 'Head of Platform',
      email: null,
      linkedin_url: null,
      is_hiring_manager: true,
      discussion_points: [
        { text: 'team growth', topic: null, my_angle: null },
        { text: 'on-call', topic: 'the on-call rotation', my_angle: 'I ran ours' },
      ],
    },
  ],
  next_steps: { description: 'Decision by Friday', expected_by: '2025-06-06' },
  source: null,
  external_id: null,
  created_at: '2025-06-01T10:00:00Z',
  updated_at: '2025-06-01T10:00:00Z',
};

describe('toCreateBody', () => {
  it('sends what was filled in, with the time in the interview zone', () => {
    expect(toCreateBody(filledValues())).toEqual({
      company: 'Acme',
      position: 'Staff Engineer',
      scheduled_at: '2025-06-03T15:00:00+02:00',
      timezone: 'Europe/Berlin',
      duration_minutes: 60,
      discussion_points: [
        { text: 'migration plan', topic: null, my_angle: null },
        { text: 'on-call rota', topic: null, my_angle: 'I ran ours for two years' },
      ],
      interviewers: [
        {
          name: 'Dana Lee',
          email: 'dana@acme.example',
          is_hiring_manager: true,
          discussion_points: [{ text: 'team growth', topic: null, my_angle: null }],
        },
      ],
    });
  });

  it('includes next steps only when given', () => {
    const body = toCreateBody({ ...filledValues(), next_steps_expected_by: '2025-06-06' });
    expect(body.next_steps).toEqual({ description: null, expected_by: '2025-06-06' });
  });
});

describe('valuesFromInterview → toUpdateBody', () => {
  it('round-trips an interview, keeping interviewer ids and clearing emptied fields', () => {
    const values = valuesFromInterview(interview);
    expect(values.scheduled_at).toBe('2025-06-03T15:00');
    expect(values.interviewers[0]?.discussion_points).toBe('team growth\non-call');

    const edited: InterviewFormValues = { ...values, stage: '', next_steps_description: '', next_steps_expected_by: '' };
    expect(toUpdateBody(edited)).toEqual({
      company: 'Acme',
      position: 'Staff Engineer',
      stage: null,
      scheduled_at: '2025-06-03T15:00:00+02:00',
      timezone: 'Europe/Berlin',
      duration_minutes: 45,
      format: 'video',
      location: null,
      notes: null,
      status: 'completed',
      discussion_points: [{ text: 'roadmap', topic: null, my_angle: null }],
      interviewers: [
        {
          id: '0d9c1b7e-5a55-4d0f-8b3e-7a6c5b4a3f21',
          name: 'Dana Lee',
          title: 'Head of Platform',
          email: null,
          linkedin_url: null,
          is_hiring_manager: true,
          discussion_points: [
            { text: 'team growth', topic: null, my_angle: null },
            { text: 'on-call', topic: 'the on-call rotation', my_angle: 'I ran ours' },
          ],
        },
      ],
      next_steps: null,
    });
  });

  it('keeps a point’s topic and angle with its text when other lines change', () => {
    const values = valuesFromInterview(interview);
    const person = values.interviewers[0];
    if (!person) throw new Error('an interviewer is expected');
    person.discussion_points = 'on-call\nhiring';
    expect(toUpdateBody(values).interviewers?.[0]?.discussion_points).toEqual([
      { text: 'on-call', topic: 'the on-call rotation', my_angle: 'I ran ours' },
      { text: 'hiring', topic: null, my_angle: null },
    ]);
  });

  it('sends new interviewers without an id', () => {
    const values = valuesFromInterview(interview);
    values.interviewers.push({ ...emptyInterviewer(), name: 'Sam Ortiz' });
    expect(toUpdateBody(values).interviewers?.[1]).toEqual({
      name: 'Sam Ortiz',
      title: null,
      email: null,
      linkedin_url: null,
      is_hiring_manager: false,
      discussion_points: [],
    });
  });
});

describe('validateInterview', () => {
  it('passes a complete form', () => {
    expect(validateInterview(filledValues())).toBeNull();
  });

  it('names every missing required field', () => {
    const values = emptyInterviewValues('Europe/Berlin');
    values.duration_minutes = '90.5';
    expect(validateInterview(values)?.fields).toEqual({
      company: ['Enter the company you interviewed with.'],
      position: ['Enter the position you interviewed for.'],
      scheduled_at: ['Enter the date and time of the interview.'],
      duration_minutes: ['Enter the length in whole minutes, between 1 and 1440.'],
      'interviewers.0.name': ['Enter the interviewer’s name, or remove this interviewer.'],
    });
  });

  it('rejects an impossible date', () => {
    const values = { ...filledValues(), scheduled_at: '2025-02-30T10:00' };
    expect(validateInterview(values)?.fields.scheduled_at).toHaveLength(1);
  });
});

describe('server errors on the form', () => {
  it('puts each error next to the field that shows it', () => {
    const values = filledValues();
    const mapped = mapProblem(
      {
        status: 422,
        errors: [
          { pointer: '/body/interviewers/0/email', detail: 'value is not a valid email address' },
          { pointer: '/body/interviewers/0/discussion_points/0', detail: 'String should have at most 500 characters' },
          { pointer: '/body/interviewers/3/name', detail: 'Field required' },
          { pointer: '/body/next_steps/expected_by', detail: 'Input should be a valid date' },
          { pointer: '/body/source', detail: 'source and external_id go together' },
        ],
      },
      { isKnownField: knownFieldPredicate(values) },
    );
    expect(mapped).toEqual({
      fields: {
        'interviewers.0.email': ['value is not a valid email address'],
        'interviewers.0.discussion_points': ['String should have at most 500 characters'],
        interviewers: ['Field required'],
        'next_steps.expected_by': ['Input should be a valid date'],
      },
      form: ['source and external_id go together'],
    });
  });

  it('puts a point’s topic error next to that topic', () => {
    const values = filledValues();
    const mapped = mapProblem(
      {
        status: 422,
        errors: [
          { pointer: '/body/discussion_points/1/topic', detail: 'must be at most six words' },
          { pointer: '/body/interviewers/0/discussion_points/0/my_angle', detail: 'must have some text' },
          { pointer: '/body/interviewers/0/discussion_points/5/topic', detail: 'no such line' },
        ],
      },
      { isKnownField: knownFieldPredicate(values) },
    );
    expect(mapped.fields).toEqual({
      'discussion_points.1.topic': ['must be at most six words'],
      'interviewers.0.discussion_points.0.my_angle': ['must have some text'],
      'interviewers.0.discussion_points': ['no such line'],
    });
    expect(describeField('discussion_points.1.topic')).toBe('Topic of point 2');
    expect(describeField('interviewers.0.discussion_points.0.my_angle')).toBe('Interviewer 1 your angle on point 1');
  });

  it('describes fields for the error summary', () => {
    expect(describeField('interviewers.1.email')).toBe('Interviewer 2 email');
    expect(describeField('interviewers.0.discussion_points')).toBe('Interviewer 1 discussion points');
    expect(describeField('scheduled_at')).toBe('Date and time');
  });
});

describe('splitLines', () => {
  it('drops blank lines and trims', () => {
    expect(splitLines(' a \n\n b\r\n')).toEqual(['a', 'b']);
  });
});
