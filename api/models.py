"""Every table, imported once so that Alembic sees the whole schema."""

from api.accomplishments.models import Accomplishment
from api.auth.models import User, UserSession
from api.contacts.models import Contact
from api.db import Base
from api.drafts.models import NoteDraft, NoteTemplate
from api.idempotency.models import IdempotencyRecord
from api.interviews.models import Interview, Interviewer
from api.reflections.models import Reflection
from api.resources.models import Resource
from api.tasks.models import FollowUpTask
from api.tokens.models import PersonalAccessToken
from api.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent

metadata = Base.metadata

__all__ = [
    "Accomplishment",
    "Contact",
    "FollowUpTask",
    "IdempotencyRecord",
    "Interview",
    "Interviewer",
    "NoteDraft",
    "NoteTemplate",
    "PersonalAccessToken",
    "Reflection",
    "Resource",
    "User",
    "UserSession",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
    "metadata",
]
