"""The user's playbook options: every rule can be switched off or tuned.

Stored as JSON on the user and exposed at `GET/PATCH /v1/me/playbook`. The defaults
encode the seed's advice; the bounds keep absurd values out with a 422 naming the field.
"""

from datetime import time

from pydantic import BaseModel, ConfigDict, Field, field_validator

_TWO_WEEKS_IN_HOURS = 14 * 24


class PlaybookSettings(BaseModel):
    """Which follow-up tasks the playbook generates, and when they are due."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    thank_you_enabled: bool = Field(
        default=True,
        description="Plan a thank-you note to each interviewer.",
    )
    thank_you_due_hours: int = Field(
        default=24,
        ge=1,
        le=_TWO_WEEKS_IN_HOURS,
        description="Working hours after the end of the interview at which the thank-you "
        "note is due.",
    )
    thank_you_deadline_hours: int = Field(
        default=48,
        ge=1,
        le=_TWO_WEEKS_IN_HOURS,
        description="Working hours after the end of the interview after which the thank-you "
        "note is overdue. A value below `thank_you_due_hours` means the note is overdue as "
        "soon as it is due.",
    )
    next_steps_follow_up_enabled: bool = Field(
        default=True,
        description="Plan a follow-up when the date given for next steps has passed, or "
        "after a while when next steps were given without a date.",
    )
    next_steps_grace_days: int = Field(
        default=2,
        ge=0,
        le=30,
        description="Working days to wait after the expected next-steps date before following up.",
    )
    next_steps_follow_up_time: time = Field(
        default=time(10, 0),
        description="Local time of day (in the interview's time zone) at which the "
        "next-steps follow-up is due, e.g. `10:00`.",
    )
    next_steps_undated_working_days: int = Field(
        default=5,
        ge=1,
        le=30,
        description='When next steps were given without a date ("final round to be '
        'scheduled"): working days after the end of the interview at which to follow up.',
    )
    periodic_update_enabled: bool = Field(
        default=True,
        description="Plan periodic updates to the hiring manager while the outcome is pending.",
    )
    periodic_update_interval_days: int = Field(
        default=14,
        ge=7,
        le=180,
        description="Days between periodic updates.",
    )
    periodic_update_count: int = Field(
        default=3,
        ge=1,
        le=12,
        description="Most periodic updates to plan for one interview.",
    )
    linkedin_connect_enabled: bool = Field(
        default=True,
        description="Plan a LinkedIn connection request to each interviewer with a LinkedIn URL.",
    )
    linkedin_connect_working_days: int = Field(
        default=1,
        ge=0,
        le=30,
        description="Working days after the interview at which the LinkedIn connection "
        "request is due.",
    )
    rejection_follow_up_enabled: bool = Field(
        default=True,
        description="After a rejection, plan a gracious thank-you note and a request for feedback.",
    )
    rejection_feedback_in_thank_you: bool = Field(
        default=False,
        description="After a rejection, ask for feedback in the thank-you note itself, as one "
        "note, instead of a separate feedback request a working day later.",
    )
    reflection_enabled: bool = Field(
        default=True,
        description="After a rejection, plan a reflection on what went well and what to improve.",
    )
    keep_in_touch_enabled: bool = Field(
        default=True,
        description="After a rejection, plan recurring keep-in-touch messages to the "
        "hiring manager.",
    )
    keep_in_touch_interval_days: int = Field(
        default=90,
        ge=7,
        le=365,
        description="Days between keep-in-touch messages, counted from the decision, the "
        "last one sent or the last logged contact, whichever is latest.",
    )

    @field_validator("next_steps_follow_up_time")
    @classmethod
    def _local_time_of_day(cls, value: time) -> time:
        if value.tzinfo is not None:
            raise ValueError("must be a local time of day without a UTC offset")
        return value
