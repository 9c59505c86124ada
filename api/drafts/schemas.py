from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from api.drafts.checks import CheckId, Severity
from api.drafts.facts import VARIABLE_DOCS, Channel, DraftKind
from api.drafts.sandbox import DEFAULT_LIMITS
from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.validation import InputModel, MergePatch, QueryModel, Timestamp

DraftStatus = Literal["draft", "sent", "discarded"]
DraftSort = Literal["-created_at", "created_at"]


# Some text, and no NUL character (PostgreSQL text cannot hold U+0000).
TEXT_PATTERN = r"^[^\x00]*[^\x00\s][^\x00]*$"
# RFC 5322 allows 998 characters on a header line.
Subject = Annotated[str, StringConstraints(min_length=1, max_length=998, pattern=TEXT_PATTERN)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=20_000, pattern=TEXT_PATTERN)]
# Half the rendered subject's limit: room for the variables a subject line names.
SubjectTemplateSource = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=DEFAULT_LIMITS.max_subject_chars // 2, pattern=TEXT_PATTERN
    ),
]
TemplateSource = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=DEFAULT_LIMITS.max_template_chars, pattern=TEXT_PATTERN
    ),
]


def variables_table() -> str:
    """The documented template variables, as Markdown for the API description."""
    rows = "\n".join(f"| `{name}` | {text} |" for name, text in VARIABLE_DOCS.items())
    return "| variable | value |\n| --- | --- |\n" + rows


class DraftCreate(InputModel):
    """Write a note from an interview's facts.

    The recipient is the interviewer (`interviewer_id`) or a contact (`contact_id`);
    without either, the task's recipient, else the interview's hiring manager (else its
    first interviewer). Without `task_id`, the draft is linked to the open task of the
    same kind for that interview and recipient, when there is one: marking the draft sent
    completes it.
    """

    interview_id: uuid.UUID
    interviewer_id: uuid.UUID | None = Field(
        default=None, description="One of the interview's interviewers."
    )
    contact_id: uuid.UUID | None = Field(
        default=None, description="A contact; defaults to the interviewer's."
    )
    task_id: uuid.UUID | None = Field(
        default=None,
        description="The follow-up task this note is for (same interview and kind).",
    )
    accomplishment_id: uuid.UUID | None = Field(
        default=None,
        description="Periodic updates only: the accomplishment to cite. Without it, the most "
        "relevant one since the interview that this person has not heard about yet; with "
        "none recorded, the draft leaves a marked slot to fill.",
    )
    resource_id: uuid.UUID | None = Field(
        default=None,
        description="share_resource notes only: the resource to share. Without it, the most "
        "relevant one not yet shared with this person; with none saved, the draft leaves a "
        "marked slot to fill.",
    )
    kind: DraftKind
    channel: Channel


class DraftUpdate(MergePatch):
    """JSON Merge Patch. Edit `subject` or `body` (the checks are recomputed), mark the
    note `sent` (with `sent_at`, default now: this completes its task and marks the
    recipient contacted) or `discarded`. A sent note can no longer change (409)."""

    subject: Subject | None = Field(
        default=None, description="Emails only; LinkedIn notes and letters have none."
    )
    body: Body | None = None
    status: DraftStatus | None = None
    sent_at: Timestamp | None = Field(
        default=None, description="When you sent it, with `status: sent`; defaults to now."
    )

    non_nullable = frozenset({"body", "status", "sent_at"})


class DraftRecipient(BaseModel):
    name: str | None
    email: str | None


class CheckRead(BaseModel):
    id: CheckId
    passed: bool = Field(
        description="Whether the note follows this advice; meaningless when `applies` is false."
    )
    applies: bool = Field(
        description="False when the advice does not apply to this kind of note, channel or "
        "what is recorded (a `prompt` check on a feedback request, say): such a check is "
        "not a pass, and is shown as not needed."
    )
    severity: Severity = Field(
        description="'info' when passed; otherwise how much the failure matters."
    )
    message: str = Field(description="What was found, or what to change.")


class DraftRead(BaseModel):
    id: uuid.UUID
    kind: DraftKind
    channel: Channel
    interview_id: uuid.UUID
    interviewer_id: uuid.UUID | None
    to: DraftRecipient | None = Field(description="Who the note is for, when known.")
    subject: str | None
    body: str
    status: DraftStatus
    sent_at: datetime | None
    task_id: uuid.UUID | None
    accomplishment_id: uuid.UUID | None = Field(
        description="The accomplishment the note cites, if any."
    )
    resource_id: uuid.UUID | None = Field(description="The resource the note shares, if any.")
    checks: list[CheckRead] = Field(
        description="The seed's advice, checked against the text as it is now. They are "
        "recomputed on every edit; `prompt` follows the clock until the note is sent."
    )
    mailto: str | None = Field(
        description="A mailto: link (RFC 6068) that opens the email in a mail client; "
        "null for LinkedIn notes and letters."
    )
    created_at: datetime
    updated_at: datetime


class DraftListParams(QueryModel):
    interview_id: uuid.UUID | None = None
    status: DraftStatus | None = None
    kind: DraftKind | None = None
    sort: DraftSort = Field(
        default="-created_at", description="'-created_at' newest first, 'created_at' oldest."
    )
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None


class TemplateWrite(InputModel):
    """Your own template: Jinja text, rendered in a sandbox that can read the documented
    variables and nothing else (no attributes but a few string methods, no imports, no
    macros; loops, output size and render time are bounded)."""

    subject: SubjectTemplateSource | None = Field(
        default=None, description="Emails only: the subject line's template."
    )
    body: TemplateSource


class TemplateRead(BaseModel):
    kind: DraftKind
    channel: Channel
    subject: str | None
    body: str
    created_at: datetime
    updated_at: datetime


class TemplatePreviewRequest(InputModel):
    """Render a template against one of your interviews; nothing is saved.

    With `body` (and `subject`), those sources are previewed; without, your saved
    template for this kind and channel, else the built-in one.
    """

    model_config = ConfigDict(json_schema_extra={"dependentRequired": {"subject": ["body"]}})

    interview_id: uuid.UUID
    interviewer_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    subject: SubjectTemplateSource | None = Field(
        default=None, description="A subject template to try (emails only), with `body`."
    )
    body: TemplateSource | None = Field(default=None, description="A body template to try.")


class TemplatePreview(BaseModel):
    kind: DraftKind
    channel: Channel
    template: Literal["request", "saved", "built_in"] = Field(
        description="Which template wrote it: the one in the request, your saved one, or "
        "the built-in one."
    )
    to: DraftRecipient | None
    subject: str | None
    body: str
    checks: list[CheckRead]
