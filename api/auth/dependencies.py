"""Who is calling: a browser session (cookie + CSRF) or a personal access token."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Literal

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer, SecurityScopes
from sqlalchemy import bindparam, select

from api.auth.cache import Credential, CredentialCache
from api.auth.models import User, UserSession
from api.auth.scopes import ALL_SCOPES, Scope
from api.db import SAFE_METHODS, Database, SessionDep, after_commit, utcnow
from api.errors import CSRFFailed, MissingScope, Unauthenticated
from api.readers import ReadStatement, Row
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
    """Who is calling and what they may do; `CurrentUser` loads their account to change it."""

    user_id: uuid.UUID
    timezone: str
    scopes: frozenset[str]
    kind: Literal["session", "token"]
    credential_id: uuid.UUID


def csrf_token_for(secret_key: str, session_token: str) -> str:
    return keyed_digest(secret_key, "csrf", session_token)


async def authenticate(
    security_scopes: SecurityScopes,
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    session_cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Principal:
    # A route may ask twice (its scope, and CurrentUser's): the credential is read once.
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        if bearer is not None:
            principal = await _from_token(request, bearer.credentials)
        elif session_cookie:
            principal = await _from_session(request, session_cookie)
        else:
            raise Unauthenticated("Sign in, or send a personal access token as a Bearer token.")
        request.state.principal = principal
        if request.method not in SAFE_METHODS:
            # Whatever the write changes (a token, the session, the time zone), the
            # next request reads it again.
            after_commit(request, partial(credentials(request).forget_user, principal.user_id))
    for scope in security_scopes.scopes:
        if scope not in principal.scopes:
            raise MissingScope(scope)
    return principal


def credentials(request: Request) -> CredentialCache:
    cache: CredentialCache = request.app.state.credentials
    return cache


async def _credential(
    request: Request,
    kind: Literal["session", "token"],
    token_hash: str,
) -> Credential | None:
    cache = credentials(request)
    key = f"{kind}:{token_hash}"
    found = cache.get(key)
    if found is None:
        db: Database = request.app.state.db
        statement, credential = _READS[kind]
        rows = await db.read(statement, {"token_hash": token_hash})
        if rows:
            found = credential(rows[0])
            cache.put(key, found)
    return found


# Built once: constructing a statement costs more than running it.
_TOKEN_BY_HASH = (
    select(
        PersonalAccessToken.id,
        PersonalAccessToken.user_id,
        User.timezone,
        PersonalAccessToken.expires_at,
        PersonalAccessToken.revoked_at,
        PersonalAccessToken.scopes,
    )
    .join(User, User.id == PersonalAccessToken.user_id)
    .where(PersonalAccessToken.token_hash == bindparam("token_hash"))
)
_SESSION_BY_HASH = (
    select(UserSession.id, UserSession.user_id, User.timezone, UserSession.expires_at)
    .join(User, User.id == UserSession.user_id)
    .where(UserSession.token_hash == bindparam("token_hash"))
)


def _token(row: Row) -> Credential:
    token_id, user_id, timezone, expires_at, revoked_at, scopes = row
    return Credential(token_id, user_id, timezone, expires_at, revoked_at, tuple(scopes))


def _session(row: Row) -> Credential:
    session_id, user_id, timezone, expires_at = row
    return Credential(session_id, user_id, timezone, expires_at)


# How each kind of credential is read, and made from its row.
_READS: dict[str, tuple[ReadStatement, Callable[[Row], Credential]]] = {
    "token": (_TOKEN_BY_HASH, _token),
    "session": (_SESSION_BY_HASH, _session),
}


async def _from_token(request: Request, token: str) -> Principal:
    if not token.startswith(PAT_PREFIX):
        raise Unauthenticated("This is not an Afterword personal access token.")
    pat = await _credential(request, "token", digest(token))
    if pat is None:
        raise Unauthenticated("The token is not valid.")
    if pat.revoked_at is not None:
        raise Unauthenticated("The token has been revoked.")
    if pat.expires_at <= utcnow():
        raise Unauthenticated("The token has expired.")
    return Principal(
        user_id=pat.user_id,
        timezone=pat.timezone,
        scopes=frozenset(pat.scopes),
        kind="token",
        credential_id=pat.id,
    )


async def _from_session(request: Request, cookie: str) -> Principal:
    found = await _credential(request, "session", digest(cookie))
    if found is None or found.expires_at <= utcnow():
        raise Unauthenticated("Your session has ended; sign in again.")
    if request.method not in SAFE_METHODS:
        expected = csrf_token_for(request.app.state.secret_key, cookie)
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent or not same(sent, expected):
            raise CSRFFailed(
                f"Send the value of the '{CSRF_COOKIE}' cookie in the '{CSRF_HEADER}' header."
            )
    return Principal(
        user_id=found.user_id,
        timezone=found.timezone,
        scopes=ALL_SCOPES,
        kind="session",
        credential_id=found.id,
    )


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
AccomplishmentReader = Annotated[
    Principal, Security(authenticate, scopes=[Scope.ACCOMPLISHMENTS_READ])
]
AccomplishmentWriter = Annotated[
    Principal, Security(authenticate, scopes=[Scope.ACCOMPLISHMENTS_WRITE])
]
ResourceReader = Annotated[Principal, Security(authenticate, scopes=[Scope.RESOURCES_READ])]
ResourceWriter = Annotated[Principal, Security(authenticate, scopes=[Scope.RESOURCES_WRITE])]
WebhookManager = Annotated[Principal, Security(authenticate, scopes=[Scope.WEBHOOKS_MANAGE])]
DataExporter = Annotated[Principal, Security(authenticate, scopes=[Scope.DATA_EXPORT])]
DataImporter = Annotated[Principal, Security(authenticate, scopes=[Scope.DATA_IMPORT])]


async def current_user(principal: AnyPrincipal, session: SessionDep) -> User:
    """The caller's account, in the request's session, for routes that read or change it."""
    user = await session.get(User, principal.user_id)
    if user is None:
        raise Unauthenticated("This account no longer exists.")
    return user


CurrentUser = Annotated[User, Depends(current_user)]
