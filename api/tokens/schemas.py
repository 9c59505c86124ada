from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from api.auth.scopes import Scope
from api.validation import InputModel, Integer, Name


class TokenCreate(InputModel):
    name: Annotated[Name, Field(max_length=100)]
    scopes: Annotated[list[Scope], Field(min_length=1, max_length=len(Scope))]
    expires_in_days: Annotated[Integer, Field(ge=1, le=366)] = 90


class TokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    scopes: list[str]
    prefix: str = Field(description="The first characters of the token, to recognise it.")
    created_at: datetime
    expires_at: datetime


class TokenCreated(TokenRead):
    token: str = Field(description="The secret (`aw_pat_…`). Shown only in this response.")
