"""Every list endpoint (and the agenda): how to call it, and the index its page reads."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from api.config import Settings
from api.main import create_app
from api.pagination import Page


@dataclass(frozen=True)
class Variant:
    """One way of calling a list: its query parameters besides `limit` and `cursor`."""

    name: str
    params: dict[str, str] = field(default_factory=dict)
    # The index whose order the page is read in.
    index: str = ""


@dataclass(frozen=True)
class ListEndpoint:
    route: str
    table: str
    path: Callable[[uuid.UUID], str]
    variants: tuple[Variant, ...]
    # Where the page is joined to its children after the LIMIT (an interview's
    # interviewers), those few rows are put in order again: a sort of at most
    # `limit` x children rows, whatever the account's size.
    sorts_page_after_limit: bool = False
    paginated: bool = True


def _soon() -> dict[str, str]:
    start = datetime.now(UTC).replace(microsecond=0)
    return {
        "status": "open",
        "due_after": start.isoformat().replace("+00:00", "Z"),
        "due_before": (start + timedelta(days=90)).isoformat().replace("+00:00", "Z"),
    }


LISTS: dict[str, ListEndpoint] = {
    "list_tasks": ListEndpoint(
        route="list_tasks",
        table="follow_up_task",
        path=lambda _: "/v1/tasks",
        variants=(
            Variant("due order", index="ix_follow_up_task_user_due"),
            Variant("latest first", {"sort": "-due_at"}, "ix_follow_up_task_user_due"),
            Variant("open, due soon", _soon(), "ix_follow_up_task_user_status_due"),
            Variant("done", {"status": "done"}, "ix_follow_up_task_user_status_due"),
        ),
    ),
    "list_interviews": ListEndpoint(
        route="list_interviews",
        table="interview",
        path=lambda _: "/v1/interviews",
        variants=(
            Variant("newest first", index="ix_interview_user_scheduled"),
            Variant("soonest first", {"sort": "scheduled_at"}, "ix_interview_user_scheduled"),
            Variant("recently added", {"sort": "-created_at"}, "ix_interview_user_created"),
        ),
        sorts_page_after_limit=True,
    ),
    "list_contacts": ListEndpoint(
        route="list_contacts",
        table="contact",
        path=lambda _: "/v1/contacts",
        variants=(Variant("by name", index="ix_contact_user_name"),),
    ),
    "list_webhook_deliveries": ListEndpoint(
        route="list_webhook_deliveries",
        table="webhook_delivery",
        path=lambda webhook_id: f"/v1/webhooks/{webhook_id}/deliveries",
        variants=(Variant("newest first", index="ix_webhook_delivery_endpoint"),),
    ),
    "list_drafts": ListEndpoint(
        route="list_drafts",
        table="note_draft",
        path=lambda _: "/v1/drafts",
        variants=(Variant("newest first", index="ix_note_draft_user_created"),),
    ),
    "list_accomplishments": ListEndpoint(
        route="list_accomplishments",
        table="accomplishment",
        path=lambda _: "/v1/accomplishments",
        variants=(Variant("newest first", index="ix_accomplishment_user_listed"),),
    ),
    "list_resources": ListEndpoint(
        route="list_resources",
        table="resource",
        path=lambda _: "/v1/resources",
        variants=(Variant("newest first", index="ix_resource_user_created"),),
    ),
    "get_agenda": ListEndpoint(
        route="get_agenda",
        table="follow_up_task",
        path=lambda _: "/v1/agenda",
        variants=(Variant("this week", index="ix_follow_up_task_user_status_due"),),
        paginated=False,
    ),
}

# Lists that are not paged because they are capped: at most 20 webhook endpoints each.
CAPPED = {"list_webhooks"}


def _app() -> FastAPI:
    return create_app(Settings(database_url="sqlite+aiosqlite://", secret_key="x" * 32))


def list_routes(app: FastAPI | None = None) -> set[str]:
    """Routes answering a page of something, and the agenda."""
    found = set()
    for context in iter_route_contexts((app or _app()).routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        model = route.response_model
        if route.name == "get_agenda" or (isinstance(model, type) and issubclass(model, Page)):
            found.add(route.name)
    return found


PRESENT = list_routes()
COVERED = [LISTS[name] for name in sorted(PRESENT & set(LISTS))]
