import {
  atLocalTime,
  calendarDaysBetween,
  formatCalendarDate,
  formatDateTime,
  formatDayLabel,
  formatDue,
  formatOffset,
  isValidTimeZone,
  listTimeZones,
  timeZoneLabel,
  timeZoneOffsetMinutes,
  toLocalInputValue,
  toZonedRfc3339,
  zonedLocalToInstant,
} from './time';

// Tuesday 3 June 2025, 11:00 in Berlin, 05:00 in New York.
const now = new Date('2025-06-03T09:00:00Z');

describe('formatDue', () => {
  it('says "due tomorrow 15:00" in the user time zone', () => {
    expect(formatDue('2025-06-04T13:00:00Z', now, 'Europe/Berlin')).toBe('due tomorrow 15:00');
  });

  it('reads the calendar day in the user time zone, not UTC', () => {
    const lateTuesdayUtc = '2025-06-03T23:30:00Z';
    expect(formatDue(lateTuesdayUtc, now, 'Europe/Berlin')).toBe('due tomorrow 01:30');
    expect(formatDue(lateTuesdayUtc, now, 'America/New_York')).toBe('due today 19:30');
  });

  it('accepts offsets in the value', () => {
    expect(formatDue('2025-06-03T17:00:00+02:00', now, 'Europe/Berlin')).toBe('due today 17:00');
  });
});

describe('formatDayLabel', () => {
  const zone = 'Europe/Berlin';
  it.each([
    ['2025-06-02T10:00:00Z', 'yesterday'],
    ['2025-06-06T08:00:00Z', 'Friday'],
    ['2025-05-30T08:00:00Z', 'last Friday'],
    ['2025-07-07T07:30:00Z', 'Mon 7 Jul'],
    ['2026-01-05T09:00:00Z', 'Mon 5 Jan 2026'],
  ])('%s → %s', (value, label) => {
    expect(formatDayLabel(new Date(value), now, zone)).toBe(label);
  });
});

describe('zonedLocalToInstant and toZonedRfc3339', () => {
  it.each([
    ['2025-06-03T15:00', 'Europe/Berlin', '2025-06-03T13:00:00.000Z', '2025-06-03T15:00:00+02:00'],
    ['2025-01-15T09:30', 'Europe/Berlin', '2025-01-15T08:30:00.000Z', '2025-01-15T09:30:00+01:00'],
    ['2025-06-03T15:00', 'Asia/Kolkata', '2025-06-03T09:30:00.000Z', '2025-06-03T15:00:00+05:30'],
    ['2025-06-03T15:00', 'America/St_Johns', '2025-06-03T17:30:00.000Z', '2025-06-03T15:00:00-02:30'],
    ['2025-06-03T15:00', 'UTC', '2025-06-03T15:00:00.000Z', '2025-06-03T15:00:00+00:00'],
  ])('%s in %s', (local, zone, instant, rfc3339) => {
    const result = zonedLocalToInstant(local, zone);
    expect(result?.toISOString()).toBe(instant);
    expect(toZonedRfc3339(result as Date, zone)).toBe(rfc3339);
    expect(toLocalInputValue(rfc3339, zone)).toBe(local);
  });

  it('moves a time skipped by the spring DST change past the gap', () => {
    const instant = zonedLocalToInstant('2025-03-30T02:30', 'Europe/Berlin');
    expect(instant && toZonedRfc3339(instant, 'Europe/Berlin')).toBe('2025-03-30T03:30:00+02:00');
  });

  it('resolves a repeated autumn time to a real instant that reads back the same', () => {
    const instant = zonedLocalToInstant('2025-10-26T02:30', 'Europe/Berlin');
    expect(instant && toLocalInputValue(instant, 'Europe/Berlin')).toBe('2025-10-26T02:30');
  });

  it('rejects malformed or impossible input', () => {
    expect(zonedLocalToInstant('2025-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedLocalToInstant('tomorrow', 'UTC')).toBeNull();
  });
});

describe('offsets and zones', () => {
  it('computes the offset a zone observes at an instant', () => {
    expect(timeZoneOffsetMinutes(new Date('2025-06-03T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(timeZoneOffsetMinutes(new Date('2025-01-03T12:00:00Z'), 'America/New_York')).toBe(-300);
  });

  it('formats offsets', () => {
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-150)).toBe('-02:30');
  });

  it('labels a zone with its current offset', () => {
    expect(timeZoneLabel('America/New_York', now)).toBe('America/New York (UTC-04:00)');
  });

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('lists zones including UTC, sorted', () => {
    const zones = listTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });
});

describe('calendar helpers', () => {
  it('counts calendar days in the zone', () => {
    expect(calendarDaysBetween(now, new Date('2025-06-03T22:30:00Z'), 'Europe/Berlin')).toBe(1);
    expect(calendarDaysBetween(now, new Date('2025-06-03T22:30:00Z'), 'UTC')).toBe(0);
  });

  it('formats a date and time for display', () => {
    expect(formatDateTime('2025-06-03T13:00:00Z', 'Europe/Berlin')).toBe('Tue 3 Jun 2025, 15:00');
  });

  it('formats a calendar date without shifting it', () => {
    expect(formatCalendarDate('2025-06-06')).toBe('Fri 6 Jun 2025');
    expect(formatCalendarDate('soon')).toBe('soon');
  });
});

describe('atLocalTime', () => {
  it('finds tomorrow 09:00 in the user zone', () => {
    const tomorrow = atLocalTime(now, 'Europe/Berlin', 1, '09:00');
    expect(toZonedRfc3339(tomorrow, 'Europe/Berlin')).toBe('2025-06-04T09:00:00+02:00');
  });

  it('crosses month ends and DST changes', () => {
    const lateMarch = new Date('2025-03-29T12:00:00Z');
    expect(toZonedRfc3339(atLocalTime(lateMarch, 'Europe/Berlin', 3, '09:00'), 'Europe/Berlin')).toBe(
      '2025-04-01T09:00:00+02:00',
    );
  });
});
