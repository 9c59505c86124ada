/*
 * The interview form's values (what the inputs hold: strings, one discussion point per
 * line, a wall-clock time plus a zone) and their conversion to and from the API's bodies.
 * Pure functions, so they are tested without rendering anything.
 */
import type { MappedErrors } from '@/lib/problem';
import { isValidTimeZone, toLocalInputValue, toZonedRfc3339, zonedLocalToInstant } from '@/lib/time';
import type {
  DiscussionPoint,
  Interview,
  InterviewCreateBody,
  InterviewFormat,
  InterviewStatus,
  InterviewUpdateBody,
  PointInput,
} from '../api/types';

/** What a point may carry besides its text: a short topic and the user's own angle. */
export interface PointDetail {
  topic: string;
  my_angle: string;
}

/**
 * Topic and angle of each point, by the point's text: reordering or removing other lines
 * never moves them onto another point.
 */
export type PointDetails = Record<string, PointDetail>;

export interface InterviewerValues {
  /** Stable React key for this row; not sent. */
  key: string;
  /** The server's id, for interviewers that already exist. */
  id?: string;
  name: string;
  title: string;
  email: string;
  linkedin_url: string;
  is_hiring_manager: boolean;
  /** One point per line. */
  discussion_points: string;
  point_details: PointDetails;
}

export interface InterviewFormValues {
  company: string;
  position: string;
  stage: string;
  /** `YYYY-MM-DDTHH:mm` wall-clock time in `timezone`. */
  scheduled_at: string;
  timezone: string;
  duration_minutes: string;
  format: '' | InterviewFormat;
  location: string;
  notes: string;
  status: InterviewStatus;
  discussion_points: string;
  point_details: PointDetails;
  interviewers: InterviewerValues[];
  next_steps_description: string;
  /** `YYYY-MM-DD` */
  next_steps_expected_by: string;
}

let rowCounter = 0;
function rowKey(): string {
  rowCounter += 1;
  return `interviewer-${rowCounter}`;
}

export function emptyInterviewer(): InterviewerValues {
  return {
    key: rowKey(),
    name: '',
    title: '',
    email: '',
    linkedin_url: '',
    is_hiring_manager: false,
    discussion_points: '',
    point_details: {},
  };
}

export function emptyInterviewValues(timezone: string): InterviewFormValues {
  return {
    company: '',
    position: '',
    stage: '',
    scheduled_at: '',
    timezone,
    duration_minutes: '60',
    format: '',
    location: '',
    notes: '',
    status: 'scheduled',
    discussion_points: '',
    point_details: {},
    interviewers: [emptyInterviewer()],
    next_steps_description: '',
    next_steps_expected_by: '',
  };
}

export function valuesFromInterview(interview: Interview): InterviewFormValues {
  return {
    company: interview.company,
    position: interview.position,
    stage: interview.stage ?? '',
    scheduled_at: toLocalInputValue(interview.scheduled_at, interview.timezone),
    timezone: interview.timezone,
    duration_minutes: interview.duration_minutes == null ? '' : String(interview.duration_minutes),
    format: interview.format ?? '',
    location: interview.location ?? '',
    notes: interview.notes ?? '',
    status: interview.status,
    discussion_points: pointLines(interview.discussion_points),
    point_details: detailsOf(interview.discussion_points),
    interviewers: interview.interviewers.map((person) => ({
      key: rowKey(),
      id: person.id,
      name: person.name,
      title: person.title ?? '',
      email: person.email ?? '',
      linkedin_url: person.linkedin_url ?? '',
      is_hiring_manager: person.is_hiring_manager,
      discussion_points: pointLines(person.discussion_points),
      point_details: detailsOf(person.discussion_points),
    })),
    next_steps_description: interview.next_steps?.description ?? '',
    next_steps_expected_by: interview.next_steps?.expected_by ?? '',
  };
}

function pointLines(points: DiscussionPoint[]): string {
  return points.map((point) => point.text).join('\n');
}

function detailsOf(points: DiscussionPoint[]): PointDetails {
  const details: PointDetails = {};
  for (const point of points) {
    if (point.topic !== null || point.my_angle !== null) {
      details[point.text] = { topic: point.topic ?? '', my_angle: point.my_angle ?? '' };
    }
  }
  return details;
}

/** The points as the API takes them: one per non-empty line, with its topic and angle. */
export function pointInputs(lines: string, details: PointDetails): PointInput[] {
  return splitLines(lines).map((text) => ({
    text,
    topic: orNull(details[text]?.topic ?? ''),
    my_angle: orNull(details[text]?.my_angle ?? ''),
  }));
}

/** Non-empty, trimmed lines. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

function scheduledAt(values: InterviewFormValues): string {
  const instant = zonedLocalToInstant(values.scheduled_at, values.timezone);
  if (!instant) throw new Error('scheduled_at must be validated before conversion');
  return toZonedRfc3339(instant, values.timezone);
}

function duration(values: InterviewFormValues): number | null {
  return values.duration_minutes.trim() === '' ? null : Number(values.duration_minutes);
}

function nextSteps(values: InterviewFormValues) {
  const description = orNull(values.next_steps_description);
  const expected_by = orNull(values.next_steps_expected_by);
  return description === null && expected_by === null ? null : { description, expected_by };
}

/** Only what was filled in: the server's defaults apply to the rest. */
export function toCreateBody(values: InterviewFormValues): InterviewCreateBody {
  const body: InterviewCreateBody = {
    company: values.company.trim(),
    position: values.position.trim(),
    scheduled_at: scheduledAt(values),
    timezone: values.timezone,
    discussion_points: pointInputs(values.discussion_points, values.point_details),
    interviewers: values.interviewers.map((person) => {
      const interviewer: NonNullable<InterviewCreateBody['interviewers']>[number] = {
        name: person.name.trim(),
        is_hiring_manager: person.is_hiring_manager,
        discussion_points: pointInputs(person.discussion_points, person.point_details),
      };
      const title = orNull(person.title);
      const email = orNull(person.email);
      const linkedin = orNull(person.linkedin_url);
      if (title !== null) interviewer.title = title;
      if (email !== null) interviewer.email = email;
      if (linkedin !== null) interviewer.linkedin_url = linkedin;
      return interviewer;
    }),
  };
  const stage = orNull(values.stage);
  const location = orNull(values.location);
  const notes = orNull(values.notes);
  const minutes = duration(values);
  const steps = nextSteps(values);
  if (stage !== null) body.stage = stage;
  if (values.format !== '') body.format = values.format;
  if (location !== null) body.location = location;
  if (notes !== null) body.notes = notes;
  if (minutes !== null) body.duration_minutes = minutes;
  if (steps !== null) body.next_steps = steps;
  return body;
}

/**
 * A merge patch that sets every field the form shows: emptied fields become null (cleared),
 * interviewers keep their ids, and interviewers removed from the form are left out (removed).
 */
export function toUpdateBody(values: InterviewFormValues): InterviewUpdateBody {
  return {
    company: values.company.trim(),
    position: values.position.trim(),
    stage: orNull(values.stage),
    scheduled_at: scheduledAt(values),
    timezone: values.timezone,
    duration_minutes: duration(values),
    format: values.format === '' ? null : values.format,
    location: orNull(values.location),
    notes: orNull(values.notes),
    status: values.status,
    discussion_points: pointInputs(values.discussion_points, values.point_details),
    interviewers: values.interviewers.map((person) => ({
      ...(person.id ? { id: person.id } : {}),
      name: person.name.trim(),
      title: orNull(person.title),
      email: orNull(person.email),
      linkedin_url: orNull(person.linkedin_url),
      is_hiring_manager: person.is_hiring_manager,
      discussion_points: pointInputs(person.discussion_points, person.point_details),
    })),
    next_steps: nextSteps(values),
  };
}

const INTERVIEWER_FIELDS = ['name', 'title', 'email', 'linkedin_url', 'is_hiring_manager', 'discussion_points'] as const;

const TOP_LEVEL_FIELDS = new Set([
  'company',
  'position',
  'stage',
  'scheduled_at',
  'timezone',
  'duration_minutes',
  'format',
  'location',
  'notes',
  'status',
  'discussion_points',
  'interviewers',
  'next_steps',
  'next_steps.description',
  'next_steps.expected_by',
]);

/** The field paths the form renders, for placing server errors next to their field. */
export function knownFieldPredicate(values: InterviewFormValues): (path: string) => boolean {
  return (path) => {
    if (TOP_LEVEL_FIELDS.has(path)) return true;
    const point = /^(?:interviewers\.(\d+)\.)?discussion_points\.(\d+)\.(topic|my_angle)$/.exec(path);
    if (point) {
      const person = point[1] === undefined ? null : values.interviewers[Number(point[1])];
      if (point[1] !== undefined && !person) return false;
      const lines = splitLines(person ? person.discussion_points : values.discussion_points);
      return Number(point[2]) < lines.length;
    }
    const match = /^interviewers\.(\d+)(?:\.(\w+))?$/.exec(path);
    if (!match) return false;
    const index = Number(match[1]);
    if (index >= values.interviewers.length) return false;
    return match[2] === undefined ? false : (INTERVIEWER_FIELDS as readonly string[]).includes(match[2]);
  };
}

const FIELD_LABELS: Record<string, string> = {
  company: 'Company',
  position: 'Position',
  stage: 'Stage',
  scheduled_at: 'Date and time',
  timezone: 'Time zone',
  duration_minutes: 'Duration',
  format: 'Format',
  location: 'Location or meeting link',
  notes: 'Notes',
  status: 'Status',
  discussion_points: 'What you discussed',
  interviewers: 'Interviewers',
  next_steps: 'Next steps',
  'next_steps.description': 'What happens next',
  'next_steps.expected_by': 'Expected by',
  name: 'name',
  title: 'title',
  email: 'email',
  linkedin_url: 'LinkedIn URL',
  is_hiring_manager: 'hiring manager',
};

/** "Interviewer 2 email", "Company": to prefix messages in the error summary. */
export function describeField(path: string): string | undefined {
  const point = /^(?:interviewers\.(\d+)\.)?discussion_points\.(\d+)\.(topic|my_angle)$/.exec(path);
  if (point) {
    const what = `${point[3] === 'topic' ? 'Topic of' : 'Your angle on'} point ${Number(point[2]) + 1}`;
    return point[1] === undefined ? what : `Interviewer ${Number(point[1]) + 1} ${what.toLowerCase()}`;
  }
  const match = /^interviewers\.(\d+)\.(\w+)$/.exec(path);
  if (match) {
    const field = match[2] === 'discussion_points' ? 'discussion points' : FIELD_LABELS[match[2] ?? ''];
    return `Interviewer ${Number(match[1]) + 1} ${field ?? match[2]}`;
  }
  return FIELD_LABELS[path];
}

/**
 * What can be told before asking the server: missing required fields and values that
 * cannot be converted. The server checks everything again.
 */
export function validateInterview(values: InterviewFormValues): MappedErrors | null {
  const fields: Record<string, string[]> = {};
  const add = (path: string, message: string) => (fields[path] ??= []).push(message);

  if (!values.company.trim()) add('company', 'Enter the company you interviewed with.');
  if (!values.position.trim()) add('position', 'Enter the position you interviewed for.');
  if (!values.timezone || !isValidTimeZone(values.timezone)) add('timezone', 'Choose a time zone.');
  if (!values.scheduled_at) add('scheduled_at', 'Enter the date and time of the interview.');
  else if (values.timezone && isValidTimeZone(values.timezone) && !zonedLocalToInstant(values.scheduled_at, values.timezone))
    add('scheduled_at', 'Enter a real date and time, such as 3 June 2025 at 15:00.');

  const minutes = values.duration_minutes.trim();
  if (minutes !== '' && !(/^\d+$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= 1440))
    add('duration_minutes', 'Enter the length in whole minutes, between 1 and 1440.');

  values.interviewers.forEach((person, index) => {
    if (!person.name.trim()) add(`interviewers.${index}.name`, 'Enter the interviewer’s name, or remove this interviewer.');
  });

  return Object.keys(fields).length > 0 ? { fields, form: [] } : null;
}
