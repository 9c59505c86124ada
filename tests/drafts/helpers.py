"""Drafts through the API: shared bodies and calls."""

from __future__ import annotations

from typing import Any

from tests.support import Client

CHECK_IDS = [
    "addresses_by_name",
    "references_discussion",
    "reiterates_interest",
    "follows_up_next_steps",
    "prompt",
    "length",
    "no_placeholders",
    "no_filler",
    "distinct",
    "has_substance",
    "repeats_earlier_note",
]

DANA = {
    "name": "Dana Lee",
    "title": "Engineering Manager",
    "email": "dana@acme.example",
    "linkedin_url": "https://www.linkedin.com/in/danalee",
    "is_hiring_manager": True,
    "discussion_points": ["the migration to Kubernetes"],
}
OMAR = {
    "name": "Omar Haddad",
    "title": "Staff Engineer",
    "email": "omar@acme.example",
    "discussion_points": ["event sourcing for the billing ledger"],
}

# A note as a careful person would write it to Dana about the default interview of
# tests.support.interview_body: every check passes.
USER_NOTE = """Dear Dana,

Thank you for taking the time to talk with me about the Platform Engineer role at Acme \
Robotics. I especially enjoyed our conversation about the migration to Kubernetes, and I \
have been thinking about how I would approach the rollout.

I am very interested in the position and excited about the team's work. You mentioned a \
decision by Friday; I look forward to hearing about the next steps.

Best regards,
Ana Diaz"""


async def create_draft(client: Client, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 201, response.text
    draft: dict[str, Any] = response.json()
    return draft


async def patch_draft(client: Client, draft_id: str, **changes: Any) -> dict[str, Any]:
    response = await client.patch(f"/v1/drafts/{draft_id}", json=changes)
    assert response.status_code == 200, response.text
    draft: dict[str, Any] = response.json()
    return draft


def failed_checks(draft: dict[str, Any]) -> set[str]:
    return {check["id"] for check in draft["checks"] if not check["passed"]}


def check_of(draft: dict[str, Any], check_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in draft["checks"] if c["id"] == check_id)
    return found
