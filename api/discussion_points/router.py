"""Preview discussion points as a note will read them (nothing is saved)."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth.dependencies import InterviewReader
from api.discussion_points import service
from api.discussion_points.schemas import PointPreview, PointsPreviewRequest
from api.errors import problem_responses

router = APIRouter(
    prefix="/v1/discussion-points", tags=["interviews"], responses=problem_responses(401, 403, 422)
)


@router.post("/preview")
async def preview_discussion_points(
    body: PointsPreviewRequest, principal: InterviewReader
) -> list[PointPreview]:
    """Each point as a note will carry it: note-taking verbs dropped, an article where one
    is needed, the person shifted when `to_speaker`; a point over 15 words is summarised by
    its topic (yours, else one taken from the point), with a `nudge` saying so. Read-only."""
    return service.preview_points(body)
