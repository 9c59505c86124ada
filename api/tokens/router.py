"""Personal access tokens for scripts and integrations."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.auth.dependencies import TokenManager
from api.db import SessionDep
from api.errors import problem_responses
from api.tokens import service
from api.tokens.schemas import TokenCreate, TokenCreated, TokenRead

router = APIRouter(prefix="/v1/tokens", tags=["tokens"], responses=problem_responses(401, 403, 422))


@router.get("")
async def list_tokens(principal: TokenManager, session: SessionDep) -> list[TokenRead]:
    """Active tokens (never their secrets)."""
    tokens = await service.list_tokens(session, principal.user_id)
    return [TokenRead.model_validate(token) for token in tokens]


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_token(
    principal: TokenManager, body: TokenCreate, session: SessionDep
) -> TokenCreated:
    """Mint a token. The secret is in this response only; store it now."""
    token, secret = await service.mint_token(
        session,
        user_id=principal.user_id,
        name=body.name,
        scopes=[str(scope) for scope in body.scopes],
        expires_in_days=body.expires_in_days,
        grantable=principal.scopes,
    )
    return TokenCreated(**TokenRead.model_validate(token).model_dump(), token=secret)


@router.delete(
    "/{token_id:uuid}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404)
)
async def delete_token(principal: TokenManager, token_id: uuid.UUID, session: SessionDep) -> None:
    """Revoke a token; requests with it get 401 from now on."""
    await service.revoke_token(session, principal.user_id, token_id)
