from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    Field,
    GetJsonSchemaHandler,
    StrictBool,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_serializer,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.validation import (
    NO_NUL,
    SOME_TEXT,
    CalendarDate,
    Email,
    InputModel,
    Integer,
    MergePatch,
    Name,
    PointAngle,
    PointText,
    PointTopic,
    QueryModel,
    ShortText,
    Text,
    Timestamp,
    TimeZoneName,
    WebURL,
    strip_text,
)

InterviewStatus = Literal["scheduled", "completed", "cancelled"]
Outcome = Literal["pending", "advanced", "offer", "rejected", "withdrawn"]
InterviewFormat = Literal["phone", "video", "onsite"]
InterviewSort = Literal["-scheduled_at", "scheduled_at", "-created_at"]


class DiscussionPointIn(InputModel):
    """A discussion point: what was discussed, with an optional short topic and your angle."""

    text: PointText
    topic: PointTopic | None = None
    my_angle: PointAngle | None = Field(
        default=None,
        description="Your own related experience or idea, in your words: a thank-you ties "
        "it back to what the person said.",
    )

    @model_serializer
    def _stored(self) -> dict[str, str | None]:
        # Always every field, also in a patch's exclude_unset dump: stored points and
        # points compared for changes have one shape.
        return {"text": self.text, "topic": self.topic, "my_angle": self.my_angle}


_POINT_TEXT: TypeAdapter[str] = TypeAdapter(PointText)


def _point_from_text(value: object) -> object:
    """A point sent as plain text (as before) is the point's `text`."""
    if isinstance(value, dict | DiscussionPointIn):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError(
            "point_type", "A point is text, or an object with text, topic and my_angle."
        )
    try:
        return {"text": _POINT_TEXT.validate_python(value)}
    except ValidationError as exc:
        # Reported at the point itself, where the text was sent.
        message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise PydanticCustomError("point_text", "{detail}", {"detail": message}) from None


DiscussionPointInput = Annotated[
    DiscussionPointIn,
    BeforeValidator(_point_from_text, json_schema_input_type=PointText | DiscussionPointIn),
]
Points = Annotated[
    list[DiscussionPointInput],
    Field(
        max_length=50,
        description="Each point as text, or as an object with `text`, `topic` and "
        "`my_angle`; always answered as the object.",
    ),
]


class DiscussionPointRead(BaseModel):
    text: str
    topic: str | None
    my_angle: str | None


Stage = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100, pattern=SOME_TEXT),
    AfterValidator(strip_text),
]
Location = Annotated[str, StringConstraints(max_length=2048, pattern=NO_NUL)]
Source = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=SOME_TEXT)]
ExternalId = Annotated[str, StringConstraints(min_length=1, max_length=255, pattern=SOME_TEXT)]
Duration = Annotated[
    Integer, Field(ge=1, le=24 * 60, description="Length of the interview in minutes.")
]


class NextSteps(InputModel):
    description: Text | None = Field(
        default=None, description="What they said happens next ('a decision by Friday')."
    )
    expected_by: CalendarDate | None = Field(
        default=None, description="The date by which they said you would hear back."
    )


class InterviewerCreate(InputModel):
    name: Name
    title: ShortText | None = None
    email: Email | None = None
    linkedin_url: WebURL | None = None
    is_hiring_manager: StrictBool = False
    discussion_points: Points = Field(default_factory=list)


class InterviewerPatch(MergePatch):
    """An interviewer inside a PATCH: with `id`, the kept interviewer's fields merge;
    without `id`, a new interviewer (then `name` is required)."""

    id: uuid.UUID | None = None
    name: Name | None = None
    title: ShortText | None = None
    email: Email | None = None
    linkedin_url: WebURL | None = None
    is_hiring_manager: StrictBool | None = None
    discussion_points: Points | None = None

    non_nullable = frozenset({"name", "is_hiring_manager", "discussion_points"})


BOARD_OWNED = "Owned by the board: replaced on every upsert."
USER_OWNED = "Owned by the user: set on create, never changed by later upserts."


class Upsert(InputModel):
    """A body of the upsert by external id, where every field has one owner.

    The board owns what it knows (`board_owned`): each upsert replaces it. The user owns
    the rest: an upsert that creates takes the board's value, later upserts never touch
    it. The published schema says so in each field's description.
    """

    board_owned: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        for name, prop in target.get("properties", {}).items():
            owner = BOARD_OWNED if name in cls.board_owned else USER_OWNED
            detail = prop.get("description")
            prop["description"] = f"{owner} {detail}" if detail else owner
        return schema


class InterviewerReplace(InterviewerCreate, Upsert):
    """An interviewer as a board sends it in an upsert."""

    board_owned = frozenset({"name", "title", "email"})

    linkedin_url: WebURL | None = Field(
        default=None, description="An empty one is filled from the board's."
    )


class InterviewFields(InputModel):
    """The facts of an interview, as created or as a board sends them."""

    company: Name
    position: Name
    scheduled_at: Timestamp
    timezone: TimeZoneName | None = Field(
        default=None, description="IANA time zone of the interview; defaults to yours."
    )
    status: InterviewStatus = "scheduled"
    outcome: Outcome = "pending"
    discussion_points: Points = Field(default_factory=list)
    stage: Stage | None = None
    duration_minutes: Duration | None = 60
    format: InterviewFormat | None = None
    location: Location | None = None
    notes: Text | None = None
    next_steps: NextSteps | None = None


class InterviewReplace(InterviewFields, Upsert):
    """A whole interview as a board sends it (PUT by external id)."""

    board_owned = frozenset(
        {
            "company",
            "position",
            "stage",
            "scheduled_at",
            "timezone",
            "duration_minutes",
            "format",
            "location",
            "interviewers",
        }
    )

    timezone: TimeZoneName | None = Field(
        default=None,
        description="IANA time zone of the interview; when left out, yours on create and "
        "the interview's own on later upserts.",
    )
    interviewers: Annotated[list[InterviewerReplace], Field(max_length=20)] = Field(
        default_factory=list,
        description="The list is the board's: an upsert adds whom it adds and removes whom "
        "it leaves out. Interviewers it still names (by email, else by name) keep what the "
        "user recorded about them; one added later takes the board's values as sent.",
    )


class InterviewCreate(InterviewFields):
    """A new interview; `source` and `external_id` name it for a partner."""

    interviewers: Annotated[list[InterviewerCreate], Field(max_length=20)] = Field(
        default_factory=list
    )
    source: Source | None = Field(
        default=None, description="Who created it, for partners: e.g. 'jobboard-example'."
    )
    external_id: ExternalId | None = Field(
        default=None, description="The partner's id; unique per user and source."
    )


class InterviewUpdate(MergePatch):
    """JSON Merge Patch (RFC 7396): only sent fields change, `null` clears a field.

    `interviewers`, when sent, is the full new list: entries with an `id` keep that
    interviewer (and merge the fields sent), entries without one are added, and
    interviewers left out are removed.
    """

    company: Name | None = None
    position: Name | None = None
    stage: Stage | None = None
    scheduled_at: Timestamp | None = None
    timezone: TimeZoneName | None = None
    duration_minutes: Duration | None = None
    format: InterviewFormat | None = None
    location: Location | None = None
    notes: Text | None = None
    status: InterviewStatus | None = None
    outcome: Outcome | None = None
    discussion_points: Points | None = None
    interviewers: Annotated[list[InterviewerPatch], Field(max_length=20)] | None = None
    next_steps: NextSteps | None = None
    source: Source | None = None
    external_id: ExternalId | None = None

    non_nullable = frozenset(
        {
            "company",
            "position",
            "scheduled_at",
            "timezone",
            "status",
            "outcome",
            "discussion_points",
            "interviewers",
        }
    )


class InterviewerRead(BaseModel):
    id: uuid.UUID
    name: str
    title: str | None
    email: str | None
    linkedin_url: str | None
    is_hiring_manager: bool
    discussion_points: list[DiscussionPointRead]
    contact_id: uuid.UUID | None = Field(
        description="The contact this interviewer is, shared across interviews by email."
    )


class NextStepsRead(BaseModel):
    description: str | None
    expected_by: date | None


class InterviewRead(BaseModel):
    id: uuid.UUID
    company: str
    position: str
    stage: str | None
    scheduled_at: datetime
    timezone: str
    duration_minutes: int | None
    format: InterviewFormat | None
    location: str | None
    notes: str | None
    status: InterviewStatus
    outcome: Outcome
    outcome_decided_at: datetime | None
    discussion_points: list[DiscussionPointRead]
    interviewers: list[InterviewerRead]
    next_steps: NextStepsRead | None
    source: str | None
    external_id: str | None
    created_at: datetime
    updated_at: datetime


class InterviewListParams(QueryModel):
    status: InterviewStatus | None = None
    outcome: Outcome | None = None
    company: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = Field(
        default=None, description="Exact company name, case-insensitive."
    )
    scheduled_after: Timestamp | None = Field(
        default=None, description="Only interviews scheduled at or after this time."
    )
    scheduled_before: Timestamp | None = Field(
        default=None, description="Only interviews scheduled before this time."
    )
    q: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
        | None
    ) = Field(default=None, description="Search company, position and interviewer names.")
    sort: InterviewSort = Field(
        default="-scheduled_at",
        description="'-scheduled_at' newest first, 'scheduled_at' soonest first, "
        "'-created_at' recently added first.",
    )
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None
