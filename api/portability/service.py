"""Export all of a user's data as one document; import such a document into an account."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.db import utcnow
from api.errors import Conflict, FieldError, ValidationFailed
from api.playbook.schemas import PlaybookSettingsUpdate
from api.playbook.worktime import normalize_holiday_country
from api.portability.document import (
    FORMAT,
    SECTIONS,
    VERSION,
    InvalidValue,
    Section,
    check_rules,
    decode,
    encode,
)
from api.validation import RFC3339, time_zone_names

_PROFILE_FIELDS = ("name", "timezone", "working_days", "holiday_country", "playbook_settings")


async def export_document(session: AsyncSession, user: User) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": encode(utcnow()),
        "profile": {name: encode(getattr(user, name)) for name in _PROFILE_FIELDS},
    }
    for section in SECTIONS:
        columns = section.columns
        order = [section.table.c[name] for name in ("created_at", "id") if name in section.table.c]
        rows = await session.execute(
            select(*columns).where(section.table.c.user_id == user.id).order_by(*order)
        )
        document[section.name] = [
            {column.name: encode(value) for column, value in zip(columns, row, strict=True)}
            for row in rows
        ]
    return document


def _problem(errors: list[FieldError]) -> ValidationFailed:
    shown = ", ".join(e.pointer for e in errors[:5])
    more = f" and {len(errors) - 5} more" if len(errors) > 5 else ""
    return ValidationFailed(
        f"The document cannot be imported; nothing was changed. Check {shown}{more}.",
        errors=errors[:100],
    )


def validate_document(document: Any) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Check everything before touching the database; returns (profile, rows by section)."""
    errors: list[FieldError] = []
    if not isinstance(document, dict):
        raise _problem([FieldError(pointer="/body", detail="must be an export document object")])
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        raise _problem(
            [
                FieldError(
                    pointer="/body/version",
                    detail=f"only '{FORMAT}' documents of version {VERSION} can be imported",
                )
            ]
        )
    known = {"format", "version", "exported_at", "profile", *(s.name for s in SECTIONS)}
    errors += [
        FieldError(pointer=f"/body/{key}", detail="unknown section")
        for key in document
        if key not in known
    ]
    if "exported_at" in document and not _is_real_time(document["exported_at"]):
        errors.append(FieldError(pointer="/body/exported_at", detail="must be an RFC 3339 time"))
    profile = _validate_profile(document.get("profile", {}), errors)
    decoded: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, set[uuid.UUID]] = {}
    for section in SECTIONS:
        rows = document.get(section.name, [])
        if not isinstance(rows, list):
            errors.append(FieldError(pointer=f"/body/{section.name}", detail="must be a list"))
            continue
        columns = {c.name: c for c in section.columns}
        decoded[section.name] = []
        for index, row in enumerate(rows):
            where = f"/body/{section.name}/{index}"
            if not isinstance(row, dict):
                errors.append(FieldError(pointer=where, detail="must be an object"))
                continue
            values: dict[str, Any] = {}
            for key in row:
                if key not in columns:
                    errors.append(FieldError(pointer=f"{where}/{key}", detail="unknown field"))
            for name, column in columns.items():
                try:
                    values[name] = decode(column, row.get(name))
                    check_rules(section.rules.get(name, {}), values[name])
                    if name in section.parsers and values[name] is not None:
                        values[name] = section.parsers[name](values[name])
                except InvalidValue as exc:
                    errors.append(FieldError(pointer=f"{where}/{name}{exc.at}", detail=str(exc)))
            decoded[section.name].append(values)
        ids[section.name] = {r["id"] for r in decoded[section.name] if r.get("id")}
        if len(ids[section.name]) != len(decoded[section.name]):
            errors.append(FieldError(pointer=f"/body/{section.name}", detail="ids repeat"))
    for section in SECTIONS:
        for index, row in enumerate(decoded.get(section.name, [])):
            for reference, target in section.references.items():
                value = row.get(reference)
                if value is not None and value not in ids.get(target, set()):
                    errors.append(
                        FieldError(
                            pointer=f"/body/{section.name}/{index}/{reference}",
                            detail=f"refers to no row of '{target}' in this document",
                        )
                    )
    if errors:
        raise _problem(errors)
    return profile, decoded


def _validate_profile(profile: Any, errors: list[FieldError]) -> dict[str, Any]:
    if not isinstance(profile, dict):
        errors.append(FieldError(pointer="/body/profile", detail="must be an object"))
        return {}
    for key, value in profile.items():
        problem = _profile_problem(key, value)
        if problem:
            errors.append(FieldError(pointer=f"/body/profile/{key}", detail=problem))
    return {
        key: normalize_holiday_country(value)
        if key == "holiday_country" and isinstance(value, str)
        else value
        for key, value in profile.items()
        if key in _PROFILE_FIELDS and not _profile_problem(key, value)
    }


def _profile_problem(key: str, value: Any) -> str | None:
    if key not in _PROFILE_FIELDS:
        return "unknown field"
    if key == "name":
        ok = value is None or (isinstance(value, str) and len(value) <= 200)
        return None if ok else "must be text (at most 200 characters) or null"
    if key == "timezone":
        ok = isinstance(value, str) and value in time_zone_names()
        return None if ok else "must be an IANA time zone"
    if key == "working_days":
        ok = (
            isinstance(value, list)
            and bool(value)
            and all(isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 7 for d in value)
            and len(set(value)) == len(value)
        )
        return None if ok else "must list ISO weekdays (1-7), each once"
    if key == "holiday_country":
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 16:
            return "must be a country code such as DE or DE-BE, or null"
        try:
            normalize_holiday_country(value)
        except ValueError as error:
            return str(error)
        return None
    if not isinstance(value, dict):
        return "must be an object"
    try:
        # Strict JSON types, as PATCH /v1/me/playbook takes them.
        PlaybookSettingsUpdate.model_validate(value)
    except ValueError:
        return "are not valid playbook settings"
    return None


async def import_document(session: AsyncSession, user: User, document: Any) -> dict[str, int]:
    """All or nothing: a document that fails any check changes nothing.

    Every row gets a new id. References to rows inserted earlier are rewritten on the way
    in; references to sections that come later are filled in once those rows exist.
    """
    profile, rows = validate_document(document)
    order = {section.name: index for index, section in enumerate(SECTIONS)}
    new_ids = {
        section.name: {row["id"]: uuid.uuid4() for row in rows.get(section.name, [])}
        for section in SECTIONS
    }
    later: list[tuple[Section, uuid.UUID, str, uuid.UUID]] = []
    counts: dict[str, int] = {}
    try:
        for section in SECTIONS:
            prepared = []
            for row in rows.get(section.name, []):
                values = {**row, "id": new_ids[section.name][row["id"]], "user_id": user.id}
                for column, target in section.references.items():
                    old = values.get(column)
                    if old is None:
                        continue
                    if order[target] < order[section.name]:
                        values[column] = new_ids[target][old]
                    else:
                        values[column] = None
                        later.append((section, values["id"], column, new_ids[target][old]))
                prepared.append(values)
            if prepared:
                await session.execute(insert(section.table), prepared)
            counts[section.name] = len(prepared)
        for section, row_id, column, target_id in later:
            filled: dict[str, Any] = {column: target_id}
            if "updated_at" in section.table.c:
                # Filling in a reference is not a change: keep the imported time, which
                # the column's on-update default would otherwise replace with now.
                filled["updated_at"] = section.table.c.updated_at
            await session.execute(
                update(section.table).where(section.table.c.id == row_id).values(filled)
            )
    except IntegrityError as exc:
        raise Conflict(
            "Some imported rows clash with data already in this account (the same contact "
            "email, or the same partner's external id); nothing was changed.",
        ) from exc
    for key, value in profile.items():
        setattr(user, key, value)
    user.updated_at = utcnow()
    await session.flush()
    return counts


def _is_real_time(value: object) -> bool:
    """RFC 3339 text naming a time that exists (not 12:99, not 30 February)."""
    if not isinstance(value, str) or not RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
