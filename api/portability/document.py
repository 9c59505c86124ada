"""The export document: every row a user owns, section by section, version 1.

```
{"format": "afterword-export", "version": 1, "exported_at": "...",
 "profile": {"name", "timezone", "working_days", "holiday_country", "playbook_settings"},
 "contacts": [...], "interviews": [...], "interviewers": [...], "reflections": [...],
 "tasks": [...], ...}
```

Each section is a list of rows: the row's own fields as JSON (ids as strings, times as
RFC 3339 UTC, dates as YYYY-MM-DD). Ids are the exporting account's; references between
rows use them, and an import gives every row a new id and rewrites the references.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import JSON, Boolean, Date, Integer, String, Table, Text, Uuid
from sqlalchemy.sql.schema import Column

from api.contacts.models import Contact
from api.db import UTCDateTime
from api.interviews.models import Interview, Interviewer
from api.interviews.schemas import Points
from api.playbook.guidance import TaskKind
from api.playbook.schemas import PlaybookSettingsRead
from api.reflections.models import Reflection
from api.tasks.models import FollowUpTask
from api.validation import (
    DATE_IN_RANGE,
    STORED_DATE_TIME,
    calendar_date,
    stored_timestamp,
    time_zone_names,
)

FORMAT = "afterword-export"
VERSION = 1
# Never in the document: the owner (it becomes the importing account) and row versions.
_OWN_COLUMNS = frozenset({"user_id", "version"})


@dataclass(frozen=True)
class Section:
    name: str
    table: Table
    # column -> the section whose ids it holds
    references: Mapping[str, str] = field(default_factory=dict)
    # column -> what the API allows there beyond the column's type (the same JSON Schema
    # keywords are checked on import and published in the document's schema)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # column -> how a checked value becomes what is stored (raises InvalidValue)
    parsers: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)

    @property
    def columns(self) -> list[Column[Any]]:
        return [c for c in self.table.columns if c.name not in _OWN_COLUMNS]


def _table(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


TEXT = {"minLength": 1, "pattern": r"\S"}
STRINGS = {"type": "array", "items": {"type": "string"}}

_POINTS: TypeAdapter[Any] = TypeAdapter(Points)


def _inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """A pydantic schema with its `$defs` written in place: the document schema is
    published inside the API's own, where those references would point nowhere."""
    definitions = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith("#/$defs/"):
                return walk(definitions[reference.removeprefix("#/$defs/")])
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    inlined: dict[str, Any] = walk(schema)
    return inlined


# Discussion points: text (as older documents have them) or {text, topic, my_angle}.
POINTS = {
    key: value
    for key, value in _inlined(_POINTS.json_schema()).items()
    if key not in {"title", "description"}
}


def parse_points(value: Any) -> list[dict[str, Any]]:
    """Points as the API takes them, stored as objects."""
    try:
        points = _POINTS.validate_python(value)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = "".join(f"/{part}" for part in error["loc"])
        raise InvalidValue(str(error["msg"]).removeprefix("Value error, "), at=where) from None
    return [point.model_dump() for point in points]


ZONE = {"format": "iana-time-zone"}


def one_of(*values: str) -> dict[str, Any]:
    return {"enum": list(values)}


# In dependency order: a section only refers to sections before it (or to itself).
SECTIONS: list[Section] = [
    Section(
        "contacts",
        _table(Contact),
        # The API's own bounds: a cadence far outside them overflows when tasks are planned.
        rules={"name": TEXT, "keep_in_touch_interval_days": {"minimum": 7, "maximum": 365}},
    ),
    Section(
        "interviews",
        _table(Interview),
        rules={
            "company": TEXT,
            "position": TEXT,
            "timezone": ZONE,
            "status": one_of("scheduled", "completed", "cancelled"),
            "outcome": one_of("pending", "advanced", "offer", "rejected", "withdrawn"),
            "format": one_of("phone", "video", "onsite"),
            "duration_minutes": {"minimum": 1, "maximum": 24 * 60},
            "discussion_points": POINTS,
        },
        parsers={"discussion_points": parse_points},
    ),
    Section(
        "interviewers",
        _table(Interviewer),
        {"interview_id": "interviews", "contact_id": "contacts"},
        rules={"name": TEXT, "discussion_points": POINTS},
        parsers={"discussion_points": parse_points},
    ),
    Section(
        "reflections",
        _table(Reflection),
        {"interview_id": "interviews"},
        rules={"questions_to_prepare": STRINGS},
    ),
    Section(
        "tasks",
        _table(FollowUpTask),
        {"interview_id": "interviews", "interviewer_id": "interviewers", "contact_id": "contacts"},
        rules={
            "title": TEXT,
            "kind": one_of(*(str(kind) for kind in TaskKind)),
            "status": one_of("open", "done", "skipped"),
        },
    ),
]


def register_section(section: Section) -> None:
    """Later features add their tables (after the ones they refer to)."""
    if all(s.name != section.name for s in SECTIONS):
        SECTIONS.append(section)


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


class InvalidValue(ValueError):
    def __init__(self, detail: str, *, at: str = "") -> None:
        super().__init__(detail)
        # Where inside the field, as a JSON pointer suffix ("/0/topic").
        self.at = at


def check_rules(rules: Mapping[str, Any], value: Any) -> None:
    """The few JSON Schema keywords the sections use, checked on a decoded value."""
    if value is None:
        return
    if rules.get("type") == "array":
        if not isinstance(value, list):
            raise InvalidValue("must be a list")
        if rules.get("items", {}).get("type") == "string" and not all(
            isinstance(item, str) for item in value
        ):
            raise InvalidValue("must be a list of text")
        return
    if "enum" in rules and value not in rules["enum"]:
        raise InvalidValue(f"must be one of {', '.join(map(str, rules['enum']))}")
    if "minLength" in rules and len(value) < rules["minLength"]:
        raise InvalidValue("must not be empty")
    if "pattern" in rules and not re.search(rules["pattern"], value):
        raise InvalidValue("must not be blank")
    if rules.get("format") == "iana-time-zone" and value not in time_zone_names():
        raise InvalidValue("must be an IANA time zone")
    if "minimum" in rules and value < rules["minimum"]:
        raise InvalidValue(f"must be at least {rules['minimum']}")
    if "maximum" in rules and value > rules["maximum"]:
        raise InvalidValue(f"must be at most {rules['maximum']}")


def decode(column: Column[Any], value: Any) -> Any:
    """One field of an imported row, checked against the column it goes into."""
    if value is None:
        if column.nullable:
            return None
        if column.default is None:
            raise InvalidValue("is required")
        # Left out or null where the column has a default: take the default.
        default = column.default
        return default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
    kind = column.type
    if isinstance(kind, Uuid):
        try:
            return uuid.UUID(str(value)) if isinstance(value, str) else _fail("an id")
        except ValueError:
            raise InvalidValue("must be an id") from None
    if isinstance(kind, UTCDateTime | Date):
        # The API's own time and date types: the same format and range as a request body.
        try:
            if isinstance(kind, UTCDateTime):
                return stored_timestamp(value)
            return calendar_date(value)
        except ValueError as exc:
            raise InvalidValue(str(exc)) from None
    if isinstance(kind, Boolean):
        return value if isinstance(value, bool) else _fail("true or false")
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue("must be a whole number")
        return value
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise InvalidValue("must be text")
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise InvalidValue(f"must be at most {length} characters")
        return value
    if isinstance(kind, JSON):
        if not isinstance(value, list | dict):
            raise InvalidValue("must be a list or an object")
        return value
    return value


def _fail(what: str) -> Any:
    raise InvalidValue(f"must be {what}")


def _column_schema(column: Column[Any]) -> dict[str, Any]:
    kind = column.type
    schema: dict[str, Any]
    if isinstance(kind, Uuid):
        schema = {"type": "string", "format": "uuid"}
    elif isinstance(kind, UTCDateTime):
        schema = {"type": "string", "format": "date-time", "pattern": STORED_DATE_TIME}
    elif isinstance(kind, Date):
        schema = {"type": "string", "format": "date", "pattern": DATE_IN_RANGE}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    elif isinstance(kind, String | Text):
        schema = {"type": "string"}
        if getattr(kind, "length", None):
            schema["maxLength"] = kind.length
    elif isinstance(kind, JSON):
        schema = {"type": ["array", "object"]}
    else:
        schema = {}
    if column.nullable or column.default is not None:
        # A column with a default takes it when the value is left out or null.
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _with_rules(schema: dict[str, Any], rules: Mapping[str, Any]) -> dict[str, Any]:
    if not rules:
        return schema
    if "anyOf" in schema:
        return {"anyOf": [{**schema["anyOf"][0], **rules}, schema["anyOf"][1]]}
    return {**schema, **rules}  # "type" in the rules narrows a JSON column's


def document_schema() -> dict[str, Any]:
    """The JSON Schema of version 1, generated from the sections, so it cannot drift."""
    sections = {
        section.name: {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    c.name for c in section.columns if not c.nullable and c.default is None
                ],
                "properties": {
                    c.name: _with_rules(_column_schema(c), section.rules.get(c.name, {}))
                    for c in section.columns
                },
            },
        }
        for section in SECTIONS
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version"],
        "description": (
            f"An export document, format '{FORMAT}' version {VERSION}: the profile and one "
            "list of rows per section. Ids are the exporting account's; rows refer to each "
            "other by them, and an import gives every row a new id."
        ),
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "profile": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": {"anyOf": [{"type": "string", "maxLength": 200}, {"type": "null"}]},
                    "timezone": {"type": "string", "format": "iana-time-zone"},
                    "working_days": {
                        "type": "array",
                        "items": {"type": "integer", "minimum": 1, "maximum": 7},
                        "minItems": 1,
                        "maxItems": 7,
                        "uniqueItems": True,
                    },
                    "holiday_country": {
                        "anyOf": [
                            {"type": "string", "format": "holiday-country", "maxLength": 16},
                            {"type": "null"},
                        ]
                    },
                    "playbook_settings": PlaybookSettingsRead.model_json_schema(),
                },
            },
            **sections,
        },
    }
