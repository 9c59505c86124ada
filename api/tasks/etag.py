"""ETags for representations that show more than their own row.

A task shows whether it is overdue (which changes with the clock) and the names of its
interview and interviewer; a contact shows their open tasks. Their ETag is a digest of
everything the response says, so a conditional GET never answers 304 for something that
changed, and an If-Match is checked against what the client could have seen.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from pydantic import BaseModel


@dataclass
class Representation:
    """Satisfies `api.etags.Versioned`: its version is a digest of the representation."""

    id: uuid.UUID
    version: int


def representation(entity_id: uuid.UUID, shown: BaseModel) -> Representation:
    return representation_of(entity_id, shown.model_dump_json().encode())


def representation_of(entity_id: uuid.UUID, body: bytes) -> Representation:
    """From the JSON a response sends (the same bytes `representation` digests)."""
    digest = hashlib.sha256(body).digest()
    return Representation(id=entity_id, version=int.from_bytes(digest[:8], "big"))
