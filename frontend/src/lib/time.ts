/**
 * Time helpers that always work in an explicit IANA time zone (the user's, or an
 * interview's), never in whatever zone the browser happens to be in. Built on Intl only.
 */

/** The UI is written in English; dates follow British day-month order and a 24-hour clock. */
export const APP_LOCALE = 'en-GB';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function partsAsUtc(parts: ZonedParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** Minutes east of UTC that a time zone observes at an instant (+120 for Berlin in summer). */
export function timeZoneOffsetMinutes(date: Date, timeZone: string): number {
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((partsAsUtc(zonedParts(new Date(wholeSeconds), timeZone)) - wholeSeconds) / MINUTE_MS);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** Every IANA zone this browser knows, sorted, with UTC always present. */
export function listTimeZones(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  return [...zones].sort((a, b) => a.localeCompare(b));
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

/** `+02:00`, `-05:30`, `+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
}

/** "Europe/Berlin (UTC+02:00)" at a given instant. */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  return `${timeZone.replace(/_/g, ' ')} (UTC${formatOffset(timeZoneOffsetMinutes(at, timeZone))})`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time (`2025-06-03T15:00`, as a datetime-local input gives it)
 * names in a time zone. A time skipped by a DST change resolves to the instant just after
 * the gap, as calendar applications do. Returns null for malformed input.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date | null {
  const match = LOCAL_INPUT.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;

  const firstOffset = timeZoneOffsetMinutes(new Date(asUtc), timeZone);
  let instant = asUtc - firstOffset * MINUTE_MS;
  const secondOffset = timeZoneOffsetMinutes(new Date(instant), timeZone);
  if (secondOffset !== firstOffset) {
    const candidate = asUtc - secondOffset * MINUTE_MS;
    // Either offset may be right around a change; keep the one that reads back as asked.
    const readsBack = partsAsUtc(zonedParts(new Date(candidate), timeZone)) === asUtc;
    instant = readsBack ? candidate : Math.max(instant, candidate);
  }
  return new Date(instant);
}

/** RFC 3339 with the zone's offset at that instant: `2025-06-03T15:00:00+02:00`. */
export function toZonedRfc3339(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const offset = formatOffset(timeZoneOffsetMinutes(date, timeZone));
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offset}`;
}

/** The value a datetime-local input shows for an instant in a time zone: `2025-06-03T15:00`. */
export function toLocalInputValue(value: string | Date, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = zonedParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Whole calendar days from `from` to `to`, each read in the time zone (tomorrow = 1). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = zonedParts(from, timeZone);
  const b = zonedParts(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(APP_LOCALE, { timeZone, ...options });
}

/** `15:00` */
export function formatTime(date: Date, timeZone: string): string {
  return formatter({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(date);
}

/**
 * A short, human name for the day of `date` as seen from `now`: "today", "tomorrow",
 * "yesterday", a weekday within the coming week ("Friday"), "last Friday" within the past
 * week, otherwise a date ("Mon 7 Jul", with the year when it is not this year).
 */
export function formatDayLabel(date: Date, now: Date, timeZone: string): string {
  const days = calendarDaysBetween(now, date, timeZone);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const weekday = formatter({ weekday: 'long' }, timeZone).format(date);
  if (days > 1 && days < 7) return weekday;
  if (days < -1 && days > -7) return `last ${weekday}`;
  const sameYear = zonedParts(date, timeZone).year === zonedParts(now, timeZone).year;
  return formatter(
    sameYear
      ? { weekday: 'short', day: 'numeric', month: 'short' }
      : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    timeZone,
  )
    .format(date)
    .replace(',', '');
}

/** "tomorrow 15:00", "Friday 10:00", "Mon 7 Jul 09:30". */
export function formatRelativeDateTime(value: string | Date, now: Date, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${formatDayLabel(date, now, timeZone)} ${formatTime(date, timeZone)}`;
}

/** "due tomorrow 15:00" in the user's time zone. */
export function formatDue(value: string | Date, now: Date, timeZone: string): string {
  return `due ${formatRelativeDateTime(value, now, timeZone)}`;
}

/** "Tue 3 Jun 2025, 15:00" */
export function formatDateTime(value: string | Date, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const day = formatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, timeZone)
    .format(date)
    .replace(',', '');
  return `${day}, ${formatTime(date, timeZone)}`;
}

/** A calendar date without a time (`2025-06-06`) → "Fri 6 Jun 2025". */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, 'UTC')
    .format(date)
    .replace(',', '');
}

/** Short zone name as the user would read it next to a time: "CEST", "GMT+2". */
export function shortZoneName(date: Date, timeZone: string): string {
  const part = formatter({ timeZoneName: 'short' }, timeZone)
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * The instant at a wall-clock time some calendar days from `now`, in a time zone:
 * `atLocalTime(now, 'Europe/Berlin', 1, '09:00')` is tomorrow at 09:00 Berlin time.
 */
export function atLocalTime(now: Date, timeZone: string, daysAhead: number, time: string): Date {
  const today = zonedParts(now, timeZone);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + daysAhead));
  const local = `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${time}`;
  const instant = zonedLocalToInstant(local, timeZone);
  if (!instant) throw new Error(`Invalid local time: ${local}`);
  return instant;
}
