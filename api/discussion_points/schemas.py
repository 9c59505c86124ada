from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field, StrictBool

from api.interviews.schemas import DiscussionPointInput
from api.validation import InputModel


class PointsPreviewRequest(InputModel):
    points: Annotated[list[DiscussionPointInput], Field(min_length=1, max_length=50)] = Field(
        description="Points as text or as {text, topic, my_angle}, as an interview takes them."
    )
    to_speaker: StrictBool = Field(
        default=False,
        description="Read as in a note to the person who raised the points ('your team's "
        "migration' for 'their migration').",
    )


class PointPreview(BaseModel):
    phrase: str = Field(description="The point as a note will carry it.")
    quotable: bool = Field(
        description="Short enough (15 words or fewer) to be used as written; a longer point "
        "is summarised by its topic."
    )
    word_count: int = Field(description="Words in the point's text.")
    nudge: str | None = Field(
        description="A hint in plain words when the point is too long to quote, else null."
    )
