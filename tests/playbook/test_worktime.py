import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from api.playbook.worktime import (
    MONDAY_TO_FRIDAY,
    add_calendar_days_at,
    add_working_days,
    add_working_days_at,
    add_working_hours,
    localize,
    normalize_holiday_country,
    public_holidays,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
JERUSALEM = ZoneInfo("Asia/Jerusalem")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
EVERY_DAY = frozenset(range(1, 8))
SUNDAY_TO_THURSDAY = frozenset({7, 1, 2, 3, 4})

# Northern and southern daylight saving, half- and quarter-hour offsets, changes at
# midnight, a 30-minute change, and zones without daylight saving.
ZONE_NAMES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Jerusalem",
    "Pacific/Chatham",
)


def at(tz: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def is_clock_change_day(day: date, tz: ZoneInfo) -> bool:
    start = datetime.combine(day, time(), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)
    return start.utcoffset() != end.utcoffset()


def count_working_hours(
    start_wall: datetime, end_wall: datetime, working_days: frozenset[int]
) -> timedelta:
    """Wall-clock time between two naive local times that falls on working days."""
    total = timedelta()
    day = start_wall.date()
    while day <= end_wall.date():
        if day.isoweekday() in working_days:
            day_start = datetime.combine(day, time())
            day_end = day_start + timedelta(days=1)
            total += max(timedelta(), min(day_end, end_wall) - max(day_start, start_wall))
        day += timedelta(days=1)
    return total


def test_add_working_hours_friday_afternoon_plus_24_lands_monday_same_time() -> None:
    due = add_working_hours(at(BERLIN, 2026, 6, 12, 15), 24, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 15, 15)


def test_add_working_hours_friday_afternoon_plus_48_lands_tuesday_same_time() -> None:
    deadline = add_working_hours(at(BERLIN, 2026, 6, 12, 15), 48, BERLIN, MONDAY_TO_FRIDAY)

    assert deadline == at(BERLIN, 2026, 6, 16, 15)


def test_add_working_hours_monday_morning_plus_24_and_48_lands_tuesday_and_wednesday() -> None:
    end = at(BERLIN, 2026, 6, 15, 10)

    due = add_working_hours(end, 24, BERLIN, MONDAY_TO_FRIDAY)
    deadline = add_working_hours(end, 48, BERLIN, MONDAY_TO_FRIDAY)

    assert (due, deadline) == (at(BERLIN, 2026, 6, 16, 10), at(BERLIN, 2026, 6, 17, 10))


def test_add_working_hours_result_is_utc() -> None:
    due = add_working_hours(at(BERLIN, 2026, 6, 12, 15), 24, BERLIN, MONDAY_TO_FRIDAY)

    assert due.tzinfo is UTC
    assert due == utc(2026, 6, 15, 13)


def test_add_working_hours_partial_day_counts_the_rest_of_the_day() -> None:
    due = add_working_hours(at(BERLIN, 2026, 6, 12, 15, 30), 10, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 15, 1, 30)


def test_add_working_hours_start_on_saturday_counts_from_monday_same_time() -> None:
    due = add_working_hours(at(BERLIN, 2026, 6, 13, 15), 24, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 16, 15)


def test_add_working_hours_count_ending_at_midnight_ends_the_working_day() -> None:
    due = add_working_hours(at(BERLIN, 2026, 6, 12, 0), 24, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 13, 0)


def test_add_working_hours_start_in_another_zone_counts_in_the_given_zone() -> None:
    # Friday 15:00 in Berlin is Friday 22:00 in Tokyo.
    start = at(ZoneInfo("Asia/Tokyo"), 2026, 6, 12, 22)

    due = add_working_hours(start, 24, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 15, 15)


def test_add_working_hours_across_berlin_fall_back_keeps_wall_clock_time() -> None:
    # Clocks go back on Sunday 2026-10-25: Friday is UTC+2, Monday UTC+1.
    start = at(BERLIN, 2026, 10, 23, 15)

    due = add_working_hours(start, 24, BERLIN, MONDAY_TO_FRIDAY)

    assert (start.astimezone(UTC), due) == (utc(2026, 10, 23, 13), utc(2026, 10, 26, 14))


def test_add_working_hours_across_berlin_spring_forward_keeps_wall_clock_time() -> None:
    # Clocks go forward on Sunday 2026-03-29: Friday is UTC+1, Monday UTC+2.
    due = add_working_hours(at(BERLIN, 2026, 3, 27, 15), 24, BERLIN, MONDAY_TO_FRIDAY)

    assert due == utc(2026, 3, 30, 13)


def test_add_working_hours_across_new_york_fall_back_keeps_wall_clock_time() -> None:
    # Clocks go back on Sunday 2026-11-01: Friday is UTC-4, Monday UTC-5.
    due = add_working_hours(at(NEW_YORK, 2026, 10, 30, 15), 24, NEW_YORK, MONDAY_TO_FRIDAY)

    assert due == utc(2026, 11, 2, 20)


def test_add_working_hours_across_new_york_spring_forward_keeps_wall_clock_time() -> None:
    # Clocks go forward on Sunday 2026-03-08: Friday is UTC-5, Monday UTC-4.
    due = add_working_hours(at(NEW_YORK, 2026, 3, 6, 15), 24, NEW_YORK, MONDAY_TO_FRIDAY)

    assert due == utc(2026, 3, 9, 19)


def test_add_working_hours_landing_in_spring_forward_gap_resolves_an_hour_later() -> None:
    # 02:30 does not exist on 2026-03-08 in New York; it is read as 02:30 EST = 03:30 EDT.
    due = add_working_hours(at(NEW_YORK, 2026, 3, 7, 2, 30), 24, NEW_YORK, EVERY_DAY)

    assert due == utc(2026, 3, 8, 7, 30)
    assert due.astimezone(NEW_YORK).time() == time(3, 30)


def test_add_working_hours_landing_in_fall_back_overlap_resolves_to_first_occurrence() -> None:
    # 01:30 happens twice on 2026-11-01 in New York; the first time is 01:30 EDT.
    due = add_working_hours(at(NEW_YORK, 2026, 10, 31, 1, 30), 24, NEW_YORK, EVERY_DAY)

    assert due == utc(2026, 11, 1, 5, 30)


def test_add_working_hours_sunday_to_thursday_week_skips_friday_and_saturday() -> None:
    end = at(JERUSALEM, 2026, 6, 4, 15)  # a Thursday

    due = add_working_hours(end, 24, JERUSALEM, SUNDAY_TO_THURSDAY)
    deadline = add_working_hours(end, 48, JERUSALEM, SUNDAY_TO_THURSDAY)

    assert (due, deadline) == (at(JERUSALEM, 2026, 6, 7, 15), at(JERUSALEM, 2026, 6, 8, 15))


def test_add_working_hours_empty_working_days_raises() -> None:
    with pytest.raises(ValueError, match="at least one ISO weekday"):
        add_working_hours(at(BERLIN, 2026, 6, 12, 15), 24, BERLIN, frozenset())


def test_add_working_hours_weekday_out_of_range_raises() -> None:
    with pytest.raises(ValueError, match="ISO weekdays"):
        add_working_hours(at(BERLIN, 2026, 6, 12, 15), 24, BERLIN, frozenset({0, 1}))


def test_add_working_hours_naive_start_raises() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        add_working_hours(datetime(2026, 6, 12, 15), 24, BERLIN, MONDAY_TO_FRIDAY)  # noqa: DTZ001


def test_add_working_hours_negative_hours_raises() -> None:
    with pytest.raises(ValueError, match="hours must not be negative"):
        add_working_hours(at(BERLIN, 2026, 6, 12, 15), -1, BERLIN, MONDAY_TO_FRIDAY)


def test_add_working_days_zero_on_weekend_rolls_to_monday() -> None:
    assert add_working_days(date(2026, 6, 13), 0, MONDAY_TO_FRIDAY) == date(2026, 6, 15)


def test_add_working_days_at_friday_plus_one_lands_monday_at_given_time() -> None:
    due = add_working_days_at(
        at(BERLIN, 2026, 6, 12, 15), 1, BERLIN, MONDAY_TO_FRIDAY, at=time(10, 0)
    )

    assert due == at(BERLIN, 2026, 6, 15, 10)


def test_add_working_days_at_without_time_keeps_local_time_of_start() -> None:
    due = add_working_days_at(at(NEW_YORK, 2026, 6, 17, 16, 30), 2, NEW_YORK, MONDAY_TO_FRIDAY)

    assert due == at(NEW_YORK, 2026, 6, 19, 16, 30)


def test_add_working_days_at_saturday_plus_one_lands_monday() -> None:
    due = add_working_days_at(at(BERLIN, 2026, 6, 13, 11), 1, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 15, 11)


def test_add_working_days_at_time_with_offset_raises() -> None:
    with pytest.raises(ValueError, match="local time of day"):
        add_working_days_at(
            at(BERLIN, 2026, 6, 12, 15), 1, BERLIN, MONDAY_TO_FRIDAY, at=time(10, tzinfo=UTC)
        )


def test_add_calendar_days_at_landing_on_saturday_rolls_to_monday() -> None:
    due = add_calendar_days_at(at(BERLIN, 2026, 6, 12, 15), 15, BERLIN, MONDAY_TO_FRIDAY)

    assert due == at(BERLIN, 2026, 6, 29, 15)


def test_add_calendar_days_at_across_clock_change_keeps_wall_clock_time() -> None:
    due = add_calendar_days_at(at(BERLIN, 2026, 10, 16, 15), 14, BERLIN, MONDAY_TO_FRIDAY)

    assert due == utc(2026, 10, 30, 14)


def test_localize_ambiguous_time_resolves_to_first_occurrence() -> None:
    assert localize(datetime(2026, 10, 25, 2, 30), BERLIN) == utc(2026, 10, 25, 0, 30)  # noqa: DTZ001


@given(
    start=st.datetimes(
        min_value=datetime(2024, 1, 1),  # noqa: DTZ001
        max_value=datetime(2030, 12, 31),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    hours=st.integers(min_value=0, max_value=400),
    zone_name=st.sampled_from(ZONE_NAMES),
    working_days=st.frozensets(st.integers(min_value=1, max_value=7), min_size=1),
)
def test_add_working_hours_any_input_spans_exactly_that_many_working_hours(
    start: datetime, hours: int, zone_name: str, working_days: frozenset[int]
) -> None:
    tz = ZoneInfo(zone_name)
    start_wall = start.astimezone(tz).replace(tzinfo=None)
    while start_wall.isoweekday() not in working_days:
        start_wall += timedelta(days=1)

    result = add_working_hours(start, hours, tz, working_days)

    result_wall = result.astimezone(tz).replace(tzinfo=None)
    # On a clock-change day a skipped wall time resolves an hour later (tested above).
    assume(not is_clock_change_day(result_wall.date(), tz))
    assert result.tzinfo is UTC
    assert count_working_hours(start_wall, result_wall, working_days) == timedelta(hours=hours)


# public holidays


def test_add_working_hours_berlin_christmas_holiday_is_not_counted() -> None:
    deadline = add_working_hours(
        at(BERLIN, 2026, 12, 23, 15), 48, BERLIN, MONDAY_TO_FRIDAY, public_holidays("DE-BE")
    )

    assert deadline == utc(2026, 12, 28, 14)  # Monday 15:00 in Berlin


def test_add_working_days_subdivision_holiday_counts_only_there() -> None:
    # 6 January (Epiphany, a Wednesday in 2027) is a holiday in Bavaria, not in Berlin.
    assert add_working_days(date(2027, 1, 5), 1, MONDAY_TO_FRIDAY, public_holidays("DE-BY")) == (
        date(2027, 1, 7)
    )
    assert add_working_days(date(2027, 1, 5), 1, MONDAY_TO_FRIDAY, public_holidays("DE-BE")) == (
        date(2027, 1, 6)
    )


def test_add_calendar_days_at_lands_on_holiday_moves_to_next_working_day() -> None:
    due = add_calendar_days_at(
        at(NEW_YORK, 2026, 11, 12, 9),
        14,
        NEW_YORK,
        MONDAY_TO_FRIDAY,
        holidays=public_holidays("US"),
    )

    assert due == utc(2026, 11, 27, 14)  # Thanksgiving, Thursday 26th, skipped: Friday 09:00


@pytest.mark.parametrize(
    ("sent", "stored"), [("DE", "DE"), ("de-be", "DE-BE"), (" US-CA ", "US-CA"), ("NZ", "NZ")]
)
def test_normalize_holiday_country_supported_code_returns_upper_case(
    sent: str, stored: str
) -> None:
    assert normalize_holiday_country(sent) == stored


@pytest.mark.parametrize(
    ("sent", "message"),
    [
        ("Germany", "Send a two-letter country code, optionally with a subdivision, such as DE"),
        ("XX", "There is no public holiday calendar for the country XX."),
        (
            "DE-ZZ",
            "DE has no subdivision ZZ with its own holidays. Send DE alone, or one of: DE-BB",
        ),
        ("DE-Augsburg", "Send a two-letter country code"),
    ],
)
def test_normalize_holiday_country_unknown_code_raises_saying_what_to_send(
    sent: str, message: str
) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}"):
        normalize_holiday_country(sent)
