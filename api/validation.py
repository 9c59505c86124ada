"""Field types shared by the input schemas: validated once, at the edge."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, date, datetime
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

# A custom OpenAPI string format: clients (and the contract fuzzer) know its values.
TIME_ZONE_FORMAT = "iana-time-zone"


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


def _rfc3339_text(value: object) -> object:
    # Only the RFC 3339 text the contract names: no Unix numbers, no offset-less times.
    if isinstance(value, str) and not RFC3339.match(value):
        raise ValueError(
            "must be an RFC 3339 date-time with an offset, like 2026-11-27T14:00:00+01:00"
        )
    if not isinstance(value, str | datetime):
        raise ValueError("must be an RFC 3339 date-time string")
    return value


def _date_text(value: object) -> object:
    if isinstance(value, str) and not ISO_DATE.match(value):
        raise ValueError("must be a date like 2026-12-04")
    if not isinstance(value, str | date):
        raise ValueError("must be a date string like 2026-12-04")
    return value


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
    AfterValidator(_to_utc),
    Field(description="RFC 3339 date-time with an offset (answered in UTC)."),
]
CalendarDate = Annotated[
    date, BeforeValidator(_date_text), Field(description="A calendar date, YYYY-MM-DD.")
]
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
