"""Who is calling: a browser session (cookie + CSRF) or a personal access token."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer, SecurityScopes
from sqlalchemy import select

from api.auth.models import User, UserSession
from api.auth.scopes import ALL_SCOPES, Scope
from api.db import SAFE_METHODS, SessionDep, utcnow
from api.errors import CSRFFailed, MissingScope, Unauthenticated
from api.security import digest, keyed_digest, same
from api.tokens.models import PersonalAccessToken

SESSION_COOKIE = "aw_session"
CSRF_COOKIE = "aw_csrf"
CSRF_HEADER = "X-CSRF-Token"
PAT_PREFIX = "aw_pat_"

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="PersonalAccessToken",
    description="`Authorization: Bearer aw_pat_…` — a personal access token with scopes.",
)
cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    scheme_name="SessionCookie",
    description=(
        "The browser session. Unsafe requests must echo the `aw_csrf` cookie in the "
        "`X-CSRF-Token` header."
    ),
)


@dataclass(frozen=True)
class Principal:
    user: User
    scopes: frozenset[str]
    kind: Literal["session", "token"]
    credential_id: uuid.UUID

    @property
    def user_id(self) -> uuid.UUID:
        return self.user.id


def csrf_token_for(secret_key: str, session_token: str) -> str:
    return keyed_digest(secret_key, "csrf", session_token)


async def authenticate(
    security_scopes: SecurityScopes,
    request: Request,
    session: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    session_cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Principal:
    if bearer is not None:
        principal = await _from_token(session, bearer.credentials)
    elif session_cookie:
        principal = await _from_session(session, request, session_cookie)
    else:
        raise Unauthenticated("Sign in, or send a personal access token as a Bearer token.")
    for scope in security_scopes.scopes:
        if scope not in principal.scopes:
            raise MissingScope(scope)
    return principal


async def _from_token(session: SessionDep, token: str) -> Principal:
    if not token.startswith(PAT_PREFIX):
        raise Unauthenticated("This is not an Afterword personal access token.")
    row = (
        await session.execute(
            select(PersonalAccessToken, User)
            .join(User, User.id == PersonalAccessToken.user_id)
            .where(PersonalAccessToken.token_hash == digest(token))
        )
    ).one_or_none()
    if row is None:
        raise Unauthenticated("The token is not valid.")
    pat, user = row
    if pat.revoked_at is not None:
        raise Unauthenticated("The token has been revoked.")
    if pat.expires_at <= utcnow():
        raise Unauthenticated("The token has expired.")
    return Principal(user=user, scopes=frozenset(pat.scopes), kind="token", credential_id=pat.id)


async def _from_session(session: SessionDep, request: Request, cookie: str) -> Principal:
    row = (
        await session.execute(
            select(UserSession, User)
            .join(User, User.id == UserSession.user_id)
            .where(UserSession.token_hash == digest(cookie))
        )
    ).one_or_none()
    if row is None or row[0].expires_at <= utcnow():
        raise Unauthenticated("Your session has ended; sign in again.")
    user_session, user = row
    if request.method not in SAFE_METHODS:
        expected = csrf_token_for(request.app.state.secret_key, cookie)
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent or not same(sent, expected):
            raise CSRFFailed(
                f"Send the value of the '{CSRF_COOKIE}' cookie in the '{CSRF_HEADER}' header."
            )
    return Principal(user=user, scopes=ALL_SCOPES, kind="session", credential_id=user_session.id)


AnyPrincipal = Annotated[Principal, Security(authenticate)]
ProfileReader = Annotated[Principal, Security(authenticate, scopes=[Scope.PROFILE_READ])]
ProfileWriter = Annotated[Principal, Security(authenticate, scopes=[Scope.PROFILE_WRITE])]
TokenManager = Annotated[Principal, Security(authenticate, scopes=[Scope.TOKENS_MANAGE])]
InterviewReader = Annotated[Principal, Security(authenticate, scopes=[Scope.INTERVIEWS_READ])]
InterviewWriter = Annotated[Principal, Security(authenticate, scopes=[Scope.INTERVIEWS_WRITE])]
TaskReader = Annotated[Principal, Security(authenticate, scopes=[Scope.TASKS_READ])]
TaskWriter = Annotated[Principal, Security(authenticate, scopes=[Scope.TASKS_WRITE])]
ContactReader = Annotated[Principal, Security(authenticate, scopes=[Scope.CONTACTS_READ])]
ContactWriter = Annotated[Principal, Security(authenticate, scopes=[Scope.CONTACTS_WRITE])]
DraftReader = Annotated[Principal, Security(authenticate, scopes=[Scope.DRAFTS_READ])]
DraftWriter = Annotated[Principal, Security(authenticate, scopes=[Scope.DRAFTS_WRITE])]
WebhookManager = Annotated[Principal, Security(authenticate, scopes=[Scope.WEBHOOKS_MANAGE])]
DataExporter = Annotated[Principal, Security(authenticate, scopes=[Scope.DATA_EXPORT])]
DataImporter = Annotated[Principal, Security(authenticate, scopes=[Scope.DATA_IMPORT])]
