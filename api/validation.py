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
    TypeAdapter,
    ValidationError,
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


_HTTP_URL = TypeAdapter(AnyHttpUrl)


def _check_http_url(text: str) -> str:
    # Validated as a URL, kept exactly as the user wrote it.
    try:
        _HTTP_URL.validate_python(text)
    except ValidationError:
        raise ValueError(
            "must be an http(s) URL, such as https://www.linkedin.com/in/name"
        ) from None
    return text


TimeZoneName = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64),
    AfterValidator(_check_time_zone),
    Field(
        description="An IANA time zone name, such as 'Europe/Berlin'.", examples=["Europe/Berlin"]
    ),
]


def _to_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


Timestamp = Annotated[
    AwareDatetime,
    AfterValidator(_to_utc),
    Field(description="RFC 3339 date-time with an offset (answered in UTC)."),
]
Email = Annotated[EmailStr, StringConstraints(max_length=254)]
WebURL = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=2048),
    AfterValidator(_check_http_url),
    Field(description="An http(s) URL.", json_schema_extra={"format": "uri"}),
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
