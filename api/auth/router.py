"""Sign-up, sign-in, sign-out and the caller's own profile."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from api.auth import service
from api.auth.dependencies import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    AnyPrincipal,
    CurrentUser,
    ProfileReader,
    ProfileWriter,
    csrf_token_for,
)
from api.auth.models import User
from api.auth.schemas import LoginBody, RegisterBody, UserRead, UserUpdate
from api.config import Settings
from api.db import SessionDep
from api.errors import problem_responses

router = APIRouter(prefix="/v1", tags=["account"], responses=problem_responses(422))


def _set_session_cookies(request: Request, response: Response, token: str) -> None:
    settings: Settings = request.app.state.settings
    secure = request.url.scheme == "https"
    max_age = settings.session_days * 86400
    response.set_cookie(
        SESSION_COOKIE, token, max_age=max_age, httponly=True, samesite="lax", secure=secure
    )
    # Readable by the SPA, which echoes it in X-CSRF-Token on unsafe requests.
    response.set_cookie(
        CSRF_COOKIE,
        csrf_token_for(request.app.state.secret_key, token),
        max_age=max_age,
        httponly=False,
        samesite="lax",
        secure=secure,
    )


async def _sign_in(request: Request, response: Response, session: SessionDep, user: User) -> None:
    settings: Settings = request.app.state.settings
    token = await service.start_session(session, user, days=settings.session_days)
    _set_session_cookies(request, response, token)


@router.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409),
)
async def register(
    body: RegisterBody, request: Request, response: Response, session: SessionDep
) -> UserRead:
    """Create an account and sign it in (sets the session and CSRF cookies)."""
    user = await service.register(session, body)
    await _sign_in(request, response, session, user)
    return UserRead.model_validate(user)


@router.post("/auth/login", responses=problem_responses(401))
async def login(
    body: LoginBody, request: Request, response: Response, session: SessionDep
) -> UserRead:
    """Sign in with email and password (sets the session and CSRF cookies)."""
    user = await service.authenticate_password(session, body)
    await _sign_in(request, response, session, user)
    return UserRead.model_validate(user)


@router.post(
    "/auth/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403),
)
async def logout(
    principal: AnyPrincipal, request: Request, response: Response, session: SessionDep
) -> None:
    """End the browser session (a token is revoked with DELETE /v1/tokens/{id} instead)."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if principal.kind == "session" and cookie:
        await service.end_session(session, cookie)
    response.delete_cookie(SESSION_COOKIE)
    response.delete_cookie(CSRF_COOKIE)


@router.get("/me", responses=problem_responses(401, 403))
async def get_me(principal: ProfileReader, user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)


@router.patch("/me", responses=problem_responses(401, 403))
async def update_me(
    principal: ProfileWriter, user: CurrentUser, body: UserUpdate, session: SessionDep
) -> UserRead:
    """JSON Merge Patch of name, time zone and working days."""
    user = await service.update_profile(session, user, body)
    return UserRead.model_validate(user)
