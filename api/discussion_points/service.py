"""How points will read in a note: the phrasing rules, applied to what the user is typing."""

from __future__ import annotations

from api.discussion_points.schemas import PointPreview, PointsPreviewRequest
from api.drafts.phrasing import (
    MAX_QUOTABLE_WORDS,
    DiscussionPoint,
    is_quotable,
    point_phrase,
    word_count,
)
from api.interviews.schemas import DiscussionPointIn

LONG_WITHOUT_TOPIC = (
    "Long points are summarised by their topic; give it a short topic or shorten it to "
    f"{MAX_QUOTABLE_WORDS} words or fewer."
)
LONG_WITH_TOPIC = (
    f"Over {MAX_QUOTABLE_WORDS} words, so a note uses your topic instead; shorten the point "
    "to have it used as written."
)


def preview_points(body: PointsPreviewRequest) -> list[PointPreview]:
    return [_preview(point, to_speaker=body.to_speaker) for point in body.points]


def _preview(sent: DiscussionPointIn, *, to_speaker: bool) -> PointPreview:
    point = DiscussionPoint(text=sent.text, topic=sent.topic, my_angle=sent.my_angle)
    quotable = is_quotable(point.text)
    nudge = None
    if not quotable:
        nudge = LONG_WITH_TOPIC if point.topic else LONG_WITHOUT_TOPIC
    return PointPreview(
        phrase=point_phrase(point, to_speaker=to_speaker),
        quotable=quotable,
        word_count=word_count(point.text),
        nudge=nudge,
    )
