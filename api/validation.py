"""Field types shared by the input schemas: validated once, at the edge."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Annotated, ClassVar, Self

import email_validator
from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from api.playbook.worktime import normalize_holiday_country

# A custom OpenAPI string format: clients (and the contract fuzzer) know its values.
TIME_ZONE_FORMAT = "iana-time-zone"
# Another: an ISO 3166-1 alpha-2 country with an optional ISO 3166-2 subdivision that has
# a public holiday calendar.
HOLIDAY_COUNTRY_FORMAT = "holiday-country"


@lru_cache(maxsize=1)
def time_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _check_time_zone(name: str) -> str:
    if name not in time_zone_names():
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


# Some text (not only spaces) and no NUL character, which PostgreSQL text cannot hold.
SOME_TEXT = r"^[^\x00]*[^\x00\s][^\x00]*$"
NO_NUL = r"^[^\x00]*$"

HolidayCountry = Annotated[
    str,
    StringConstraints(min_length=1, max_length=16),
    AfterValidator(normalize_holiday_country),
    Field(
        description="The country whose public holidays are not working days: an ISO 3166-1 "
        "alpha-2 code, optionally with an ISO 3166-2 subdivision, such as 'DE' or 'DE-BE' "
        "(Berlin). Stored in upper case.",
        examples=["DE-BE"],
        json_schema_extra={"format": HOLIDAY_COUNTRY_FORMAT},
    ),
]

TimeZoneName = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64),
    AfterValidator(_check_time_zone),
    Field(
        description="An IANA time zone name, such as 'Europe/Berlin'.",
        examples=["Europe/Berlin"],
        json_schema_extra={"format": TIME_ZONE_FORMAT},
    ),
]


def _to_utc(moment: datetime) -> datetime:
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("is out of the range of dates that can be stored") from None


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([Zz]|[+-]\d{2}:\d{2})$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Times and dates are taken from 1900-01-01 to 2200-01-01, both included. Far outside that
# a value breaks what reads it: PostgreSQL's driver stores the first and last instants
# Python knows as -infinity and infinity, and planning from year 9999 overflows. The range
# applies to the time as written, whatever its offset: that is what the contract's pattern
# can say, so a client checks exactly what the server checks, and the day an offset can
# add on either side is harmless.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
DATE_TIME_IN_RANGE = (
    r"^(?:(?:19|2[01])\d{2}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?"
    r"|2200-01-01[Tt]00:00:00(?:\.0{1,6})?)(?:[Zz]|[+-]\d{2}:\d{2})$"
)
DATE_IN_RANGE = r"^(?:(?:19|2[01])\d{2}-\d{2}-\d{2}|2200-01-01)$"
# What the server may answer and an export may carry: a time written in range at an
# offset is stored a few hours beyond either end, and the playbook plans from an interview
# on 2199-12-31 into the years after. Far from where storage or planning would break, so
# an export always imports again as it came.
STORED_EARLIEST = datetime(1800, 1, 1, tzinfo=UTC)
STORED_LATEST = datetime(2300, 1, 1, tzinfo=UTC)
STORED_DATE_TIME = (
    r"^(?:1[89]\d{2}|2[0-2]\d{2})-\d{2}-\d{2}"
    r"[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:[Zz]|[+-]\d{2}:\d{2})$"
)
_STORED_DATE_TIME = re.compile(STORED_DATE_TIME)
_DATE_TIME_IN_RANGE = re.compile(DATE_TIME_IN_RANGE)
_DATE_IN_RANGE = re.compile(DATE_IN_RANGE)
TIME_OUT_OF_RANGE = "must be between 1900-01-01T00:00:00 and 2200-01-01T00:00:00"
DATE_OUT_OF_RANGE = "must be between 1900-01-01 and 2200-01-01"
STORED_TIME_OUT_OF_RANGE = "must be between 1800-01-01T00:00:00Z and 2300-01-01T00:00:00Z"


def _rfc3339_text(value: object) -> object:
    # Only the RFC 3339 text the contract names: no Unix numbers, no offset-less times.
    if isinstance(value, str) and not RFC3339.match(value):
        raise ValueError(
            "must be an RFC 3339 date-time with an offset, like 2026-11-27T14:00:00+01:00"
        )
    if isinstance(value, str) and not _DATE_TIME_IN_RANGE.match(value):
        raise ValueError(TIME_OUT_OF_RANGE)
    if not isinstance(value, str | datetime):
        raise ValueError("must be an RFC 3339 date-time string")
    return value


def _written_in_range(moment: datetime) -> None:
    # The pattern's rule for a parsed time: its clock time as written, whatever its offset.
    if not EARLIEST <= moment.replace(tzinfo=UTC) <= LATEST:
        raise ValueError(TIME_OUT_OF_RANGE)


# A time given already parsed may be one this type made: once in UTC, a time written
# in range can lie up to a day beyond either end (2199-12-31T23:00:00-05:00, say).
_OFFSET_SLACK = timedelta(days=1)


def _time_in_range(moment: datetime) -> datetime:
    if not EARLIEST - _OFFSET_SLACK <= moment <= LATEST + _OFFSET_SLACK:
        raise ValueError(TIME_OUT_OF_RANGE)
    return moment


def _date_text(value: object) -> object:
    if isinstance(value, str) and not ISO_DATE.match(value):
        raise ValueError("must be a date like 2026-12-04")
    if isinstance(value, str) and not _DATE_IN_RANGE.match(value):
        raise ValueError(DATE_OUT_OF_RANGE)
    if not isinstance(value, str | date):
        raise ValueError("must be a date string like 2026-12-04")
    return value


def _date_in_range(day: date) -> date:
    if not EARLIEST.date() <= day <= LATEST.date():
        raise ValueError(DATE_OUT_OF_RANGE)
    return day


# Afterword records people's addresses and never sends mail to them, so an address is
# judged by its syntax alone: reserved names such as example.test are valid records.
email_validator.SPECIAL_USE_DOMAIN_NAMES = []


def _check_email(text: str) -> str:
    try:
        result = validate_email(
            text,
            check_deliverability=False,
            globally_deliverable=False,
            allow_quoted_local=True,
            allow_domain_literal=True,
        )
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from None
    return result.normalized


# Unicode White_Space: what `\s` means to the schema patterns (SOME_TEXT). Python's own
# str.strip() also removes the ASCII separators U+001C..U+001F, which the patterns count
# as text, so a value of only those would pass validation and then strip to nothing.
WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def strip_text(text: str) -> str:
    """Trim the whitespace the patterns know, so trimmed text still has some text."""
    return text.strip(WHITESPACE)


Timestamp = Annotated[
    AwareDatetime,
    BeforeValidator(_rfc3339_text),
    AfterValidator(_time_in_range),
    AfterValidator(_to_utc),
    Field(
        description=(
            "RFC 3339 date-time with an offset (answered in UTC), "
            "written between 1900-01-01T00:00:00 and 2200-01-01T00:00:00."
        ),
        json_schema_extra={"pattern": DATE_TIME_IN_RANGE},
    ),
]
CalendarDate = Annotated[
    date,
    BeforeValidator(_date_text),
    AfterValidator(_date_in_range),
    Field(
        description="A calendar date, YYYY-MM-DD, between 1900-01-01 and 2200-01-01.",
        json_schema_extra={"pattern": DATE_IN_RANGE},
    ),
]
_TIMESTAMP: TypeAdapter[datetime] = TypeAdapter(Timestamp)
_CALENDAR_DATE: TypeAdapter[date] = TypeAdapter(CalendarDate)


def timestamp(value: object) -> datetime:
    """A time checked as in every request body (RFC 3339, in range), in UTC; else a
    ValueError saying what is wrong. A parsed time (an invitation's start, in its own
    zone) is held to the rule for text: its clock time as written."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        _written_in_range(value)
    try:
        return _TIMESTAMP.validate_python(value)
    except ValidationError as exc:
        raise ValueError(_first_message(exc)) from None


def stored_timestamp(value: object) -> datetime:
    """A time as an export writes it: RFC 3339 from 1800 to 2300, in UTC; else a
    ValueError saying what is wrong."""
    if not isinstance(value, str) or not RFC3339.match(value):
        raise ValueError(
            "must be an RFC 3339 date-time with an offset, like 2026-11-27T14:00:00+01:00"
        )
    if not _STORED_DATE_TIME.match(value):
        raise ValueError(STORED_TIME_OUT_OF_RANGE)
    try:
        moment = _to_utc(datetime.fromisoformat(value))
    except ValueError:
        raise ValueError("must be a real date and time") from None
    if not STORED_EARLIEST <= moment < STORED_LATEST:
        raise ValueError(STORED_TIME_OUT_OF_RANGE)
    return moment


def calendar_date(value: object) -> date:
    """A date checked as in every request body (YYYY-MM-DD, in range)."""
    try:
        return _CALENDAR_DATE.validate_python(value)
    except ValidationError as exc:
        raise ValueError(_first_message(exc)) from None


def _first_message(exc: ValidationError) -> str:
    return str(exc.errors()[0]["msg"]).removeprefix("Value error, ")


Email = Annotated[
    str,
    StringConstraints(min_length=3, max_length=254),
    AfterValidator(_check_email),
    Field(json_schema_extra={"format": "email"}),
]
WebURL = Annotated[
    str,
    StringConstraints(max_length=2048),
    AfterValidator(strip_text),
    AfterValidator(_check_http_url),
    Field(description="An http(s) URL.", json_schema_extra={"format": "uri"}),
]


def check_some_text(text: str) -> str:
    """Trimmed text that says something: never blank, never a NUL character."""
    if "\x00" in text:
        raise ValueError("must not contain a NUL character")
    # The published pattern (SOME_TEXT) says the same; this says it in plain words.
    if not re.match(SOME_TEXT, text):
        raise ValueError("must not be blank; write a few words")
    return strip_text(text)


def _distinct_topics(topics: list[str]) -> list[str]:
    """Each topic once, whatever its case, in the order given."""
    seen: set[str] = set()
    kept = []
    for topic in topics:
        if topic.casefold() not in seen:
            seen.add(topic.casefold())
            kept.append(topic)
    return kept


Topic = Annotated[
    str,
    StringConstraints(min_length=1, max_length=50),
    AfterValidator(check_some_text),
    Field(
        description="A short subject, such as 'Kubernetes' or 'data pipelines'.",
        json_schema_extra={"pattern": SOME_TEXT},
    ),
]
Topics = Annotated[
    list[Topic],
    Field(
        max_length=20,
        description="Up to 20 short subjects; they help pick what a note cites. Repeats "
        "(in any case) are kept once.",
    ),
    AfterValidator(_distinct_topics),
]


# Some text (not only spaces) and no NUL character, which PostgreSQL text cannot hold.
SOME_TEXT = r"^[^\x00]*[^\x00\s][^\x00]*$"
NO_NUL = r"^[^\x00]*$"

Name = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=SOME_TEXT),
    AfterValidator(strip_text),
]
ShortText = Name
Text = Annotated[str, StringConstraints(max_length=20_000, pattern=NO_NUL)]
Point = Annotated[
    str,
    StringConstraints(min_length=1, max_length=500, pattern=SOME_TEXT),
    AfterValidator(strip_text),
]


def _escaped(characters: str) -> str:
    return "".join(f"\\u{ord(character):04x}" for character in characters)


# The same rules spelled without `\s`, whose meaning differs between the regex engines
# that read the published schema (ECMA-262 counts U+FEFF) and the one that validates here:
# a character class listing WHITESPACE means one thing everywhere.
_SPACE = f"[{_escaped(WHITESPACE)}]"
_VISIBLE = f"[^\\u0000{_escaped(WHITESPACE)}]"
VISIBLE_TEXT = f"^[^\\u0000]*{_VISIBLE}[^\\u0000]*$"
# Some text in at most six words (runs of characters between spaces).
FEW_WORDS = f"^{_SPACE}*{_VISIBLE}+(?:{_SPACE}+{_VISIBLE}+){{0,5}}{_SPACE}*$"

_SPACES = re.compile(f"{_SPACE}+")


def _visible_text(text: str) -> str:
    """Checked as the published pattern says, with a message in plain words."""
    if "\x00" in text:
        raise ValueError("must not contain the NUL character")
    if not re.search(_VISIBLE, text):
        raise ValueError("must have some text, not only spaces")
    return strip_text(text)


def _few_words(text: str) -> str:
    text = _visible_text(text)
    if len(_SPACES.split(text)) > 6:
        raise ValueError(
            "must be at most six words: a short label such as 'the Postgres migration'"
        )
    return text


PointText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=500),
    AfterValidator(_visible_text),
    Field(
        description="The point as you noted it, e.g. 'their migration to Postgres'.",
        json_schema_extra={"pattern": VISIBLE_TEXT},
    ),
]
PointTopic = Annotated[
    str,
    StringConstraints(min_length=1, max_length=60),
    AfterValidator(_few_words),
    Field(
        description="A short label of at most six words, e.g. 'the Postgres migration'. "
        "A note uses it instead of a point longer than 15 words.",
        json_schema_extra={"pattern": FEW_WORDS},
    ),
]
PointAngle = Annotated[
    str,
    StringConstraints(min_length=1, max_length=500),
    AfterValidator(_visible_text),
    Field(
        description="Your own related experience or idea, in your words.",
        json_schema_extra={"pattern": VISIBLE_TEXT},
    ),
]


def _json_integer(value: object) -> object:
    # JSON numbers only (3 and 3.0 alike, as JSON Schema says); never "3" or true.
    if isinstance(value, bool | str | bytes):
        raise ValueError("must be a JSON number, not a string or a boolean")
    return value


Integer = Annotated[int, BeforeValidator(_json_integer)]
WorkingDays = Annotated[
    list[Annotated[Integer, Field(ge=1, le=7)]],
    Field(
        min_length=1,
        max_length=7,
        description="ISO weekdays the user works: 1 = Monday … 7 = Sunday.",
        json_schema_extra={"uniqueItems": True},
    ),
    AfterValidator(_check_working_days),
]


class QueryModel(BaseModel):
    """Query parameters: unknown ones are refused (400)."""

    model_config = ConfigDict(extra="forbid")


class InputModel(BaseModel):
    """Every request body: unknown and server-owned fields are refused; no coercion of
    numbers and booleans from other JSON types."""

    model_config = ConfigDict(extra="forbid", str_max_length=20_000)


class MergePatch(InputModel):
    """A JSON Merge Patch body (RFC 7396): `null` clears a field.

    Fields named in `non_nullable` cannot be cleared: `null` is refused for them, and
    the published schema does not offer it.
    """

    non_nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _refuse_null_where_required(self) -> Self:
        cleared = sorted(
            name
            for name in self.non_nullable & self.model_fields_set
            if getattr(self, name) is None
        )
        if cleared:
            raise PydanticCustomError(
                NULL_NOT_ALLOWED,
                "These fields cannot be cleared (null): {fields}",
                {"fields": ", ".join(cleared), "names": cleared},
            )
        return self

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        for name in cls.non_nullable:
            prop = target.get("properties", {}).get(name)
            if prop and "anyOf" in prop:
                options = [o for o in prop["anyOf"] if o.get("type") != "null"]
                extra = {k: v for k, v in prop.items() if k not in {"anyOf", "default"}}
                prop.clear()
                prop.update(options[0] if len(options) == 1 else {"anyOf": options})
                prop.update(extra)
        return schema


NULL_NOT_ALLOWED = "null_not_allowed"


def reject_null(value: object) -> object:
    """Merge Patch: `null` clears a field, so fields that cannot be empty refuse it."""
    if value is None:
        raise ValueError("This field cannot be cleared (null).")
    return value
