"""Field types shared by the input schemas: validated once, at the edge."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime
from functools import lru_cache
from typing import Annotated

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
)


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _check_time_zone(name: str) -> str:
    if name not in _zone_names():
        raise ValueError(f"'{name}' is not an IANA time zone name (such as 'Europe/Berlin')")
    return name


def _check_working_days(days: list[int]) -> list[int]:
    if len(set(days)) != len(days):
        raise ValueError("each working day may appear once")
    return sorted(days)


def _url_to_str(url: AnyHttpUrl) -> str:
    return str(url)


TimeZoneName = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64),
    AfterValidator(_check_time_zone),
    Field(
        description="An IANA time zone name, such as 'Europe/Berlin'.", examples=["Europe/Berlin"]
    ),
]
Timestamp = Annotated[AwareDatetime, Field(description="RFC 3339 date-time with an offset.")]
Email = Annotated[EmailStr, StringConstraints(max_length=254)]
WebURL = Annotated[
    AnyHttpUrl,
    Field(description="An http(s) URL.", max_length=2048),
    AfterValidator(_url_to_str),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(max_length=20_000)]
Point = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
WorkingDays = Annotated[
    list[Annotated[int, Field(ge=1, le=7)]],
    Field(
        min_length=1,
        max_length=7,
        description="ISO weekdays the user works: 1 = Monday … 7 = Sunday.",
    ),
    AfterValidator(_check_working_days),
]


class InputModel(BaseModel):
    """Every request body: unknown and server-owned fields are refused."""

    model_config = ConfigDict(extra="forbid", str_max_length=20_000)


def reject_null(value: object) -> object:
    """Merge Patch: `null` clears a field, so fields that cannot be empty refuse it."""
    if value is None:
        raise ValueError("This field cannot be cleared (null).")
    return value
