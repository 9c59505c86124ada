"""Note drafts (generated, edited, checked, exported, sent) and users' own templates."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import CurrentUser, DraftReader, DraftWriter
from api.db import SessionDep, utcnow
from api.drafts import service
from api.drafts.dependencies import DraftableTask, ReadableDraft, WritableDraft
from api.drafts.export import to_eml
from api.drafts.facts import Channel, DraftKind
from api.drafts.models import NoteTemplate
from api.drafts.schemas import (
    DraftCreate,
    DraftListParams,
    DraftRead,
    DraftUpdate,
    TemplatePreview,
    TemplatePreviewRequest,
    TemplateRead,
    TemplateWrite,
    variables_table,
)
from api.drafts.service import DraftView
from api.errors import PreconditionFailed, problem_responses
from api.etags import check_if_match, set_etag
from api.pagination import Page, set_link_header
from api.tasks.etag import representation

router = APIRouter(prefix="/v1", tags=["drafts"], responses=problem_responses(401, 403, 422))
templates_router = APIRouter(
    prefix="/v1/templates", tags=["templates"], responses=problem_responses(401, 403, 422)
)

_CHECKS_NOTE = (
    "Every draft carries its checks (`addresses_by_name`, `references_discussion`, "
    "`reiterates_interest`, `follows_up_next_steps`, `prompt`, `length`, "
    "`no_placeholders`, `no_filler`, `distinct`, `has_substance`, `repeats_earlier_note`), "
    "each `{id, passed, applies, severity, message}`; a check with `applies: false` does not "
    "apply to this note and is not a pass."
)
_TEMPLATE_PROBLEMS = (
    "A refused template answers 422 with a `code` naming the problem: `template_syntax`, "
    "`template_unsafe`, `template_unknown_variable`, `template_too_large`, "
    "`template_output_too_large`, `template_too_slow` or `template_render_error`; its "
    "`errors[].pointer` is `/body/subject` or `/body/body`. Nothing runs before the "
    "template has been checked, and nothing is saved."
)


def _read(view: DraftView, response: Response) -> DraftRead:
    """The draft as answered, with an ETag of exactly what it says."""
    read = service.to_read(view, utcnow())
    set_etag(response, representation(view.draft.id, read))
    return read


# --- drafts -------------------------------------------------------------------------------


@router.get("/drafts", responses=problem_responses(400))
async def list_drafts(
    principal: DraftReader,
    params: Annotated[DraftListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[DraftRead]:
    """Your drafts, newest first, a page at a time (keyset cursor; see `next_cursor`)."""
    page = await service.list_drafts(session, request.app.state.cursors, principal.user_id, params)
    set_link_header(request, response, page.next_cursor)
    now = utcnow()
    return Page[DraftRead](
        data=[service.to_read(view, now) for view in page.items],
        has_more=page.next_cursor is not None,
        next_cursor=page.next_cursor,
    )


@router.post(
    "/drafts",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404),
    description=(
        "Write a note from the interview's facts: the recipient's name in the greeting, "
        "what they discussed, the position and organization, the next steps and their "
        "timeline, and your name in the signature. Your own template for the kind and "
        "channel writes it when you have one (`PUT /v1/templates/{kind}/{channel}`), else "
        "the built-in one. Notes to different interviewers of one interview read "
        "differently.\n\n" + _CHECKS_NOTE + "\n\nAn id that is not yours answers 404, like "
        "one that does not exist."
    ),
)
async def create_draft(
    principal: DraftWriter,
    user: CurrentUser,
    body: DraftCreate,
    response: Response,
    session: SessionDep,
) -> DraftRead:
    view = await service.create_draft(session, user, body)
    response.headers["Location"] = f"/v1/drafts/{view.draft.id}"
    return _read(view, response)


@router.post(
    "/tasks/{task_id:uuid}/draft",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404),
)
async def create_task_draft(
    task: DraftableTask,
    principal: DraftWriter,
    user: CurrentUser,
    response: Response,
    session: SessionDep,
) -> DraftRead:
    """One click from a task: a draft of the task's kind, for its interview and
    recipient, linked to it (marking the draft sent completes the task). A LinkedIn note
    for `linkedin_connect`, an email otherwise; tasks without a note to write (a
    reflection, a networking event, a custom task) answer 422."""
    view = await service.create_draft_for_task(session, user, task)
    response.headers["Location"] = f"/v1/drafts/{view.draft.id}"
    return _read(view, response)


@router.get("/drafts/{draft_id:uuid}", responses=problem_responses(404))
async def get_draft(draft: ReadableDraft, response: Response) -> DraftRead:
    """One draft. Sends an ETag; `If-None-Match` answers 304 when unchanged."""
    return _read(draft, response)


@router.patch("/drafts/{draft_id:uuid}", responses=problem_responses(404, 409, 412))
async def update_draft(
    draft: WritableDraft,
    body: DraftUpdate,
    principal: DraftWriter,
    user: CurrentUser,
    response: Response,
    session: SessionDep,
) -> DraftRead:
    """JSON Merge Patch: edit `subject`/`body` (the checks are recomputed on your text),
    mark it `sent` (`sent_at` defaults to now; its task is completed and the recipient
    marked as contacted) or `discarded`. A sent note can no longer change (409)."""
    view = await service.update_draft(session, user, draft, body)
    return _read(view, response)


@router.delete(
    "/drafts/{draft_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 412),
)
async def delete_draft(draft: WritableDraft, session: SessionDep) -> None:
    await service.delete_draft(session, draft.draft)


@router.get(
    "/drafts/{draft_id:uuid}/eml",
    response_class=Response,
    responses={
        200: {
            "description": "The draft as an RFC 5322 message, marked unsent (`X-Unsent: 1`).",
            "content": {"message/rfc822": {"schema": {"type": "string"}}},
        },
        **problem_responses(404),
    },
)
async def get_draft_eml(
    draft: ReadableDraft, principal: DraftReader, user: CurrentUser
) -> Response:
    """The draft as an `.eml` file that any mail client opens as a message to send."""
    note = draft.draft

    def message(to_email: str | None) -> bytes:
        return to_eml(
            to_name=note.to_name,
            to_email=to_email,
            from_name=user.name,
            from_email=user.email,
            subject=note.subject,
            body=note.body,
            date=note.sent_at or note.updated_at,
            # Fixed per version, so the same draft exports to the same bytes.
            message_id=f"{note.id}.{note.version}",
        )

    try:
        content = message(note.to_email)
    except ValueError:
        # An address that is not one (say, from an imported document): the mail client
        # asks for the recipient instead.
        content = message(None)
    etag = '"' + hashlib.sha256(content).hexdigest()[:27] + '"'
    filename = f"{note.kind.replace('_', '-')}-{str(note.id)[:8]}.eml"
    return Response(
        content=content,
        media_type="message/rfc822",
        headers={"ETag": etag, "Content-Disposition": f'attachment; filename="{filename}"'},
    )


# --- templates ----------------------------------------------------------------------------


def _template_read(template: NoteTemplate, response: Response | None = None) -> TemplateRead:
    if response is not None:
        set_etag(response, template)
    return TemplateRead(
        kind=DraftKind(template.kind),
        channel=Channel(template.channel),
        subject=template.subject,
        body=template.body,
        created_at=template.created_at,
        updated_at=template.updated_at,
    )


@templates_router.get("")
async def list_templates(principal: DraftReader, session: SessionDep) -> list[TemplateRead]:
    """Your own templates (at most one per kind and channel); the rest are built in."""
    return [
        _template_read(template)
        for template in await service.list_templates(session, principal.user_id)
    ]


@templates_router.get("/{kind}/{channel}", responses=problem_responses(404))
async def get_template(
    kind: DraftKind,
    channel: Channel,
    principal: DraftReader,
    response: Response,
    session: SessionDep,
) -> TemplateRead:
    """Your template for this kind and channel; 404 while the built-in one is used."""
    template = await service.get_template(session, principal.user_id, kind, channel)
    return _template_read(template, response)


@templates_router.put(
    "/{kind}/{channel}",
    responses={
        **problem_responses(409, 412),
        201: {"model": TemplateRead, "description": "Created"},
    },
    description=(
        "Use your own template for this kind of note on this channel (201 when created, 200 "
        "when replaced). Templates are Jinja text rendered in a sandbox: they can use "
        "`{{ variable }}`, `{% if %}`, `{% for %}`, `{% set %}`, a few filters (`upper`, "
        "`lower`, `title`, `join`, `default`, `length`, …) and string methods, and nothing "
        "else. Before it is saved, the template is checked and tried on a sample "
        "interview.\n\n" + _TEMPLATE_PROBLEMS + "\n\nThe variables:\n\n" + variables_table()
    ),
)
async def upsert_template(
    kind: DraftKind,
    channel: Channel,
    body: TemplateWrite,
    principal: DraftWriter,
    user: CurrentUser,
    request: Request,
    response: Response,
    session: SessionDep,
) -> TemplateRead:
    existing = await service.find_template(session, principal.user_id, kind, channel)
    if existing is None:
        if request.headers.get("if-match") is not None:
            raise PreconditionFailed("You have no template here yet; leave out If-Match.")
    else:
        check_if_match(request, existing)
    template = await service.put_template(session, user, kind, channel, existing, body)
    if existing is None:
        response.status_code = status.HTTP_201_CREATED
    return _template_read(template, response)


@templates_router.delete(
    "/{kind}/{channel}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 412),
)
async def delete_template(
    kind: DraftKind, channel: Channel, principal: DraftWriter, request: Request, session: SessionDep
) -> None:
    """Go back to the built-in template."""
    template = await service.get_template(session, principal.user_id, kind, channel)
    check_if_match(request, template)
    await service.delete_template(session, template)


@templates_router.post(
    "/{kind}/{channel}/preview",
    responses=problem_responses(404),
    description=(
        "Render a template against one of your interviews (and one of its interviewers), "
        "with the checks; nothing is saved. Send `body` (and `subject`) to try a template "
        "before saving it; without them, your saved template is used, else the built-in "
        "one.\n\n" + _TEMPLATE_PROBLEMS + "\n\nThe variables:\n\n" + variables_table()
    ),
)
async def preview_template(
    kind: DraftKind,
    channel: Channel,
    body: TemplatePreviewRequest,
    principal: DraftReader,
    user: CurrentUser,
    session: SessionDep,
) -> TemplatePreview:
    return await service.preview(session, user, kind, channel, body)
