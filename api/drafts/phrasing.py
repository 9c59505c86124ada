"""Discussion points as the user recorded them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DiscussionPoint:
    """A discussion point as the user recorded it."""

    text: str
    topic: str | None = None
    my_angle: str | None = None
