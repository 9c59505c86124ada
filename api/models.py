"""Every table, imported once so that Alembic sees the whole schema."""

from api.auth.models import User, UserSession
from api.db import Base
from api.interviews.models import Interview, Interviewer
from api.tokens.models import PersonalAccessToken

metadata = Base.metadata

__all__ = ["Interview", "Interviewer", "PersonalAccessToken", "User", "UserSession", "metadata"]
