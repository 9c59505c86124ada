"""Time arithmetic on a user's working days, in an interview's time zone.

Everything is counted on naive local wall-clock time and only then turned into an instant,
so a daylight-saving change never moves a due time by an hour: an interview that ends at
15:00 gets follow-ups due at 15:00 local, whatever the clocks did in between. Results are
aware datetimes in UTC.

Public holidays are not working days: every function takes the dates to skip as
`holidays`, a container of dates such as `public_holidays("DE-BE")` returns.
"""

import re
from collections.abc import Container
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays as holiday_calendars

ISO_WEEKDAYS = frozenset(range(1, 8))
MONDAY_TO_FRIDAY = frozenset(range(1, 6))
NO_HOLIDAYS: Container[date] = frozenset()

_ONE_DAY = timedelta(days=1)
_HOLIDAY_COUNTRY = re.compile(r"([A-Z]{2})(?:-([A-Z0-9]{1,3}))?")


def normalize_holiday_country(code: str) -> str:
    """Return `code` as `CC` or `CC-SUB` in upper case, or raise ValueError saying what to send.

    The country is an ISO 3166-1 alpha-2 code and the subdivision, when given, one of the
    ISO 3166-2 codes the `holidays` package knows for that country.
    """
    wanted = code.strip().upper()
    match = _HOLIDAY_COUNTRY.fullmatch(wanted)
    if match is None:
        raise ValueError(
            "Send a two-letter country code, optionally with a subdivision, such as DE or DE-BE."
        )
    country, subdivision = match.groups()
    supported = _supported_subdivisions()
    if country not in supported:
        raise ValueError(
            f"There is no public holiday calendar for the country {country}. Send a two-letter "
            "ISO 3166-1 country code such as DE, FR or US."
        )
    if subdivision is not None and subdivision not in supported[country]:
        known = ", ".join(f"{country}-{code}" for code in supported[country]) or "none"
        raise ValueError(
            f"{country} has no subdivision {subdivision} with its own holidays. Send {country} "
            f"alone, or one of: {known}."
        )
    return wanted


def holiday_country_codes() -> list[str]:
    """Every value `normalize_holiday_country` accepts, in upper case: `DE`, `DE-BE`, …"""
    return sorted(
        code
        for country, subdivisions in _supported_subdivisions().items()
        for code in (country, *(f"{country}-{subdivision}" for subdivision in subdivisions))
    )


@lru_cache(maxsize=1)
def _supported_subdivisions() -> dict[str, tuple[str, ...]]:
    """Two-letter country code -> its ISO-style subdivision codes (no city names)."""
    return {
        country: tuple(
            code for code in subdivisions if re.fullmatch(r"[A-Z0-9]{1,3}", code) is not None
        )
        for country, subdivisions in holiday_calendars.list_supported_countries().items()
        if len(country) == 2
    }


@lru_cache(maxsize=256)
def public_holidays(holiday_country: str | None) -> Container[date]:
    """The public holidays of `holiday_country` (`DE` or `DE-BE`), or none for None.

    The calendar fills in each year the first time a date in it is looked up.
    """
    if holiday_country is None:
        return NO_HOLIDAYS
    country, _, subdivision = normalize_holiday_country(holiday_country).partition("-")
    return holiday_calendars.country_holidays(country, subdiv=subdivision or None)


def to_local(moment: datetime, tz: ZoneInfo) -> datetime:
    """Return the naive wall-clock time that `moment` shows in `tz`."""
    if moment.utcoffset() is None:
        raise ValueError("expected a timezone-aware datetime")
    return moment.astimezone(tz).replace(tzinfo=None, fold=0)


def localize(wall: datetime, tz: ZoneInfo) -> datetime:
    """Return the UTC instant at which the naive wall-clock time `wall` occurs in `tz`.

    A time skipped when clocks go forward is read with the offset in force before the
    change, as RFC 5545 does, so 02:30 becomes 03:30: later, never earlier. A time that
    occurs twice when clocks go back resolves to its first occurrence.
    """
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC)


def validate_working_days(working_days: frozenset[int]) -> None:
    """Raise ValueError unless `working_days` is a non-empty set of ISO weekdays."""
    if not working_days:
        raise ValueError("working_days must contain at least one ISO weekday")
    if not working_days <= ISO_WEEKDAYS:
        raise ValueError("working_days must be ISO weekdays, 1 (Monday) to 7 (Sunday)")


def is_working_day(
    day: date, working_days: frozenset[int], holidays: Container[date] = NO_HOLIDAYS
) -> bool:
    return day.isoweekday() in working_days and day not in holidays


def next_working_date(
    day: date, working_days: frozenset[int], holidays: Container[date] = NO_HOLIDAYS
) -> date:
    """Return `day` if it is a working day, else the first working day after it."""
    validate_working_days(working_days)
    while not is_working_day(day, working_days, holidays):
        day += _ONE_DAY
    return day


def add_working_days(
    day: date, days: int, working_days: frozenset[int], holidays: Container[date] = NO_HOLIDAYS
) -> date:
    """Return the `days`-th working day after `day`, or for 0 `day` rolled to a working day.

    Saturday + 1 is Monday: the days counted are the working days after `day`.
    """
    _check_not_negative("days", days)
    if days == 0:
        return next_working_date(day, working_days, holidays)
    for _ in range(days):
        day = next_working_date(day + _ONE_DAY, working_days, holidays)
    return day


def add_working_hours(
    start: datetime,
    hours: int,
    tz: ZoneInfo,
    working_days: frozenset[int],
    holidays: Container[date] = NO_HOLIDAYS,
) -> datetime:
    """Return the instant `hours` working wall-clock hours after `start`, in UTC.

    Only the hours of working days count: from Friday 15:00, 24 hours end on Monday 15:00
    and 48 on Tuesday 15:00. A count that uses up a working day exactly ends at the
    midnight closing it (Friday 00:00 + 24 h is Saturday 00:00), the earliest instant
    at which that much working time has passed.
    """
    _check_not_negative("hours", hours)
    validate_working_days(working_days)
    wall = to_local(start, tz)
    if not is_working_day(wall.date(), working_days, holidays):
        # A note is due on a day the user works, so an interview that ends on a day off
        # starts its clock at the same time on the next working day.
        wall = datetime.combine(next_working_date(wall.date(), working_days, holidays), wall.time())
    remaining = timedelta(hours=hours)
    while True:
        day_end = datetime.combine(wall.date() + _ONE_DAY, time())
        if is_working_day(wall.date(), working_days, holidays):
            available = day_end - wall
            if remaining <= available:
                return localize(wall + remaining, tz)
            remaining -= available
        wall = day_end


def add_working_days_at(
    start: datetime,
    days: int,
    tz: ZoneInfo,
    working_days: frozenset[int],
    at: time | None = None,
    holidays: Container[date] = NO_HOLIDAYS,
) -> datetime:
    """Return the `days`-th working day after `start`'s local date, at `at`, in UTC.

    `at` is a naive local time of day; without it the time `start` shows in `tz` is kept.
    """
    wall = to_local(start, tz)
    due_date = add_working_days(wall.date(), days, working_days, holidays)
    return localize(datetime.combine(due_date, _time_of_day(wall, at)), tz)


def add_calendar_days_at(
    start: datetime,
    days: int,
    tz: ZoneInfo,
    working_days: frozenset[int],
    at: time | None = None,
    holidays: Container[date] = NO_HOLIDAYS,
) -> datetime:
    """Return `days` calendar days after `start`'s local date, at `at`, in UTC.

    For cadences such as "every 14 days": a date that falls on a day off or a public
    holiday moves to the next working day. Without `at`, the time `start` shows in `tz` is kept.
    """
    _check_not_negative("days", days)
    wall = to_local(start, tz)
    due_date = next_working_date(wall.date() + timedelta(days=days), working_days, holidays)
    return localize(datetime.combine(due_date, _time_of_day(wall, at)), tz)


def _time_of_day(wall: datetime, at: time | None) -> time:
    if at is None:
        return wall.time()
    if at.tzinfo is not None:
        raise ValueError("`at` is a local time of day and must not carry a time zone")
    return at


def _check_not_negative(name: str, value: int) -> None:
    if value < 0:
        raise ValueError(f"{name} must not be negative")
